import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestUsernameAction } from "./actions";

export const metadata: Metadata = { title: "Forgot username" };

export default function ForgotUsernamePage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Forgot username</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">Enter the email address you think you use; we will email it your username.</p>
      <EmailRequestForm action={requestUsernameAction} submitLabel="Email me my username" />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-ink underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
