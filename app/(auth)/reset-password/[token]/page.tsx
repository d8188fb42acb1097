import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { unsafeInspectPasswordLink } from "@/db/access/onboarding/password-links";
import { resetPasswordAction } from "./actions";
import { resetLinkProblems } from "./link-problems";

export const metadata: Metadata = { title: "Choose a password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await unsafeInspectPasswordLink(token);
  if (link.state !== "valid") {
    const problem = resetLinkProblems[link.state];
    return (
      <>
        <h1 className="text-2xl font-semibold">{problem.title}</h1>
        <p className="mt-3 text-zinc-700">{problem.next}</p>
        <Link href="/forgot-password" className="mt-6 inline-block font-medium text-brand-ink underline">
          Ask for a new link
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Choose a password</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        For <strong>{link.email}</strong>. Signing in elsewhere ends when you save it.
      </p>
      <SetPasswordForm action={resetPasswordAction} token={token} email={link.email} />
    </>
  );
}
