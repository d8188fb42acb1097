import type { Metadata } from "next";
import { AuthHeading, LinkProblem } from "@/components/auth/auth-page";
import { unsafeInspectInvitation } from "@/db/access/onboarding/invitations";
import { linkProblems } from "./link-problems";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await unsafeInspectInvitation(token);

  if (invitation.state !== "valid") {
    return <LinkProblem problem={linkProblems[invitation.state]} href="/sign-in" label="Go to sign in" />;
  }

  return (
    <>
      <AuthHeading title={`Welcome, ${invitation.name}`}>
        Choose a password for <strong>{invitation.email}</strong> to see what is shared with {invitation.accountName}.
      </AuthHeading>
      <SetPasswordForm action={acceptInvitationAction} token={token} email={invitation.email} />
    </>
  );
}
