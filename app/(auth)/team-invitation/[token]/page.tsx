import type { Metadata } from "next";
import { AuthHeading, LinkProblem } from "@/components/auth/auth-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { unsafeInspectStaffInvitation } from "@/db/access/people/team";
import { linkProblems } from "../../invitation/[token]/link-problems";
import { acceptStaffInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Join the team" };

// A colleague invited to the console chooses a password here, then lands in the console.
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await unsafeInspectStaffInvitation(token);
  if (invitation.state !== "valid") {
    return <LinkProblem problem={linkProblems[invitation.state]} href="/sign-in" label="Go to sign in" />;
  }
  return (
    <>
      <AuthHeading title={`Welcome to the team, ${invitation.name}`}>
        Choose a password for <strong>{invitation.email}</strong>.
      </AuthHeading>
      <SetPasswordForm action={acceptStaffInvitationAction} token={token} email={invitation.email} />
    </>
  );
}
