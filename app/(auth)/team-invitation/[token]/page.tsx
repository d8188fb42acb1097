import type { Metadata } from "next";
import Link from "next/link";
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
    const problem = linkProblems[invitation.state];
    return (
      <>
        <h1 className="text-2xl font-semibold">{problem.title}</h1>
        <p className="mt-3 text-zinc-700">{problem.next}</p>
        <Link href="/sign-in" className="mt-6 inline-block font-medium text-brand-ink underline">
          Go to sign in
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Welcome to the team, {invitation.name}</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        Choose a password for <strong>{invitation.email}</strong>.
      </p>
      <SetPasswordForm action={acceptStaffInvitationAction} token={token} email={invitation.email} />
    </>
  );
}
