import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CancelSignIn } from "@/components/auth/cancel-sign-in";
import { TwoFactorEnrolment } from "@/components/auth/two-factor-forms";
import { getEnrolmentKey } from "@/db/access/sign-in/two-factor";
import { getPendingSignIn, pendingStepPath } from "@/db/access/viewer/viewer";
import { qrCodeDataUrl } from "@/lib/qr-code";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

// Right after the password, for someone the business requires to use two-factor and who has not
// set it up yet: nothing else opens until they do.
export default async function RequiredEnrolmentPage() {
  const pending = await getPendingSignIn();
  if (!pending) redirect("/sign-in");
  if (pending.step !== "enrolment") redirect(pendingStepPath(pending));
  const key = await getEnrolmentKey(pending);
  if (key.state === "enrolled") redirect("/sign-in");
  const reason = pending.personKind === "staff" ? "Your business requires it for owners and admins." : "Your account requires it.";
  return (
    <>
      <h1 className="text-title">Set up two-factor sign-in</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        {reason} From now on you sign in with your password and a code from an app on your phone, so a stolen password alone is not enough.
      </p>
      <TwoFactorEnrolment qrDataUrl={await qrCodeDataUrl(key.keyUri)} typedKey={key.typedKey} continueHref="/" />
      <CancelSignIn />
    </>
  );
}
