import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { TextField } from "@/components/ui/field";
import { getEnrolmentKey, getTwoFactorStatus } from "@/db/access/sign-in/two-factor";
import type { Viewer } from "@/db/access/viewer/viewer";
import { qrCodeDataUrl } from "@/lib/qr-code";
import { turnOffTwoFactorAction } from "@/app/_actions/two-factor";
import { NewRecoveryCodesForm, TwoFactorEnrolment } from "./two-factor-forms";

const requirementText = {
  role: "Your business requires two-factor sign-in for owners and admins.",
  account: "One of the accounts you sign in for requires two-factor sign-in.",
};

/** A person's own two-factor sign-in: set it up, new recovery codes, turn it off. Shared by the portal and the console. */
export async function TwoFactorSettings({ viewer, pageHref, isEnrolling }: { viewer: Viewer; pageHref: string; isEnrolling: boolean }) {
  const status = await getTwoFactorStatus(viewer);
  return (
    <section aria-labelledby="two-factor-heading" className="space-y-5">
      <h1 id="two-factor-heading" className="text-title">
        Two-factor sign-in
      </h1>
      <p className="text-sm opacity-80">
        With two-factor sign-in, signing in takes your password and a six-digit code from an authenticator app on your phone, so a stolen
        password alone is not enough.
      </p>
      {status.requirement ? <p className="text-sm font-medium">{requirementText[status.requirement]}</p> : null}
      {status.isEnrolled ? <Enrolled status={status} pageHref={pageHref} /> : await notEnrolled(viewer, pageHref, isEnrolling)}
    </section>
  );
}

async function notEnrolled(viewer: Viewer, pageHref: string, isEnrolling: boolean) {
  if (!isEnrolling) {
    return (
      <>
        <p>
          <span className="font-medium">Off.</span>{" "}
          {viewer.kind === "staff" ? "Recommended for everyone on the team." : "Recommended if others could learn your password."}
        </p>
        <Link
          href={`${pageHref}?enrol=1`}
          className="inline-flex min-h-10 items-center rounded-md bg-brand px-4 text-sm font-semibold text-brand-contrast hover:opacity-90"
        >
          Set up two-factor sign-in
        </Link>
      </>
    );
  }
  const key = await getEnrolmentKey(viewer);
  if (key.state === "enrolled") return null;
  return <TwoFactorEnrolment qrDataUrl={await qrCodeDataUrl(key.keyUri)} typedKey={key.typedKey} continueHref={pageHref} />;
}

function Enrolled({ status, pageHref }: { status: Awaited<ReturnType<typeof getTwoFactorStatus>>; pageHref: string }) {
  return (
    <>
      <p>
        <span className="font-medium">On</span> since <DateTime value={status.enrolledAt} />. {status.recoveryCodesLeft} of 10 recovery
        codes left.
      </p>
      <div className="space-y-2 border-t border-black/10 pt-4">
        <h2 className="text-section">Recovery codes</h2>
        <NewRecoveryCodesForm continueHref={pageHref} />
      </div>
      {status.requirement ? null : (
        <div className="space-y-2 border-t border-black/10 pt-4">
          <h2 className="text-section">Turn off two-factor sign-in</h2>
          <ActionForm action={turnOffTwoFactorAction} title="Turn off two-factor sign-in" className="space-y-3">
            <TextField label="Your password" name="password" type="password" autoComplete="current-password" required />
            <TextField label="Code from your app, or a recovery code" name="code" autoComplete="one-time-code" maxLength={20} required />
            <Button type="submit" variant="secondary">
              Turn off
            </Button>
          </ActionForm>
        </div>
      )}
    </>
  );
}
