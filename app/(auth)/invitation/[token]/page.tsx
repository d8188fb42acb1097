import type { Metadata } from "next";
import Link from "next/link";
import { unsafeInspectInvitation } from "@/db/access/onboarding/invitations";
import { linkProblems } from "./link-problems";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await unsafeInspectInvitation(token);

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
      <h1 className="text-2xl font-semibold">Welcome, {invitation.name}</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        Choose a password for <strong>{invitation.email}</strong> to see what is shared with {invitation.accountName}.
      </p>
      <SetPasswordForm action={acceptInvitationAction} token={token} email={invitation.email} />
    </>
  );
}
