import { Button } from "@/components/ui/button";
import Link from "next/link";
import { signOutAction } from "@/app/_actions/sessions";

/** The header's account controls: the list of places this person is signed in, and "Sign out" (this browser). */
export function SignOutButtons({ sessionsHref }: { sessionsHref: string }) {
  return (
    <div className="flex flex-wrap items-center gap-1">
      <Link href={sessionsHref} className="rounded-md px-3 py-2 text-sm font-medium hover:bg-black/5">
        Where you are signed in
      </Link>
      <form action={signOutAction}>
        <Button variant="bare" type="submit" className="rounded-md px-3 py-2 text-sm font-medium hover:bg-black/5">
          Sign out
        </Button>
      </form>
    </div>
  );
}
