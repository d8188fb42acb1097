import { Button } from "@/components/ui/button";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { listSessions } from "@/db/access/sign-in/sessions";
import { getTwoFactorStatus } from "@/db/access/sign-in/two-factor";
import type { Viewer } from "@/db/access/viewer/viewer";
import { describeDevice } from "@/lib/device-name";
import { signOutEverywhereAction } from "@/app/_actions/sessions";
import { endSessionAction } from "@/app/_actions/sessions";

/** Where this person is signed in, each with its own "Sign out"; shared by the portal and the console. */
export async function SessionList({ viewer, twoFactorHref }: { viewer: Viewer; twoFactorHref: string }) {
  const [sessions, twoFactor] = await Promise.all([listSessions(viewer), getTwoFactorStatus(viewer)]);
  return (
    <section aria-labelledby="sessions-heading" className="space-y-4">
      <h1 id="sessions-heading" className="text-title">
        Where you are signed in
      </h1>
      <p className="text-sm opacity-80">Sign out anywhere you do not recognise, then change your password.</p>
      <p className="text-sm">
        Two-factor sign-in is <span className="font-medium">{twoFactor.isEnrolled ? "on" : "off"}</span>.{" "}
        <Link href={twoFactorHref} className="underline">
          {twoFactor.isEnrolled ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}
        </Link>
      </p>
      <ul className="divide-y divide-black/10 rounded-md border border-black/10">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div>
              <p className="font-medium">
                {describeDevice(session.userAgent)}
                {session.isCurrent ? <span className="ml-2 rounded bg-black/5 px-2 py-0.5 text-xs">This browser</span> : null}
              </p>
              <p className="text-sm opacity-80">
                Signed in <DateTime value={session.createdAt} />, last used <DateTime value={session.lastSeenAt} />
                {session.ip ? ` from ${session.ip}` : ""}
              </p>
            </div>
            <form action={endSessionAction}>
              <input type="hidden" name="sessionId" value={session.id} />
              <Button
                variant="bare"
                type="submit"
                className="rounded-md border border-black/20 px-3 py-2 text-sm font-medium hover:bg-black/5"
                aria-label={`Sign out ${describeDevice(session.userAgent)}${session.isCurrent ? " (this browser)" : ""}`}
              >
                Sign out
              </Button>
            </form>
          </li>
        ))}
      </ul>
      <form action={signOutEverywhereAction}>
        <Button variant="bare" type="submit" className="rounded-md border border-black/20 px-3 py-2 text-sm font-medium hover:bg-black/5">
          Sign out everywhere
        </Button>
      </form>
    </section>
  );
}
