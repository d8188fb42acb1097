import type { Metadata } from "next";
import { AuthHeading, LinkProblem } from "@/components/auth/auth-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { unsafeInspectPasswordLink } from "@/db/access/onboarding/password-links";
import { resetPasswordAction } from "./actions";
import { resetLinkProblems } from "./link-problems";

export const metadata: Metadata = { title: "Choose a password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await unsafeInspectPasswordLink(token);
  if (link.state !== "valid") {
    return <LinkProblem problem={resetLinkProblems[link.state]} href="/forgot-password" label="Ask for a new link" />;
  }
  return (
    <>
      <AuthHeading title="Choose a password">
        For <strong>{link.email}</strong>. Signing in elsewhere ends when you save it.
      </AuthHeading>
      <SetPasswordForm action={resetPasswordAction} token={token} email={link.email} />
    </>
  );
}
