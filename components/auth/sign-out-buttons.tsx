import { signOutAction, signOutEverywhereAction } from "./actions";

export function SignOutButtons() {
  return (
    <div className="flex flex-wrap items-center gap-1">
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium hover:bg-black/5">
          Sign out
        </button>
      </form>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium hover:bg-black/5">
          Sign out everywhere
        </button>
      </form>
    </div>
  );
}
