import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestPasswordLinkAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Forgot password</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">We will email you a link to choose a new one. We never send passwords by email.</p>
      <EmailRequestForm action={requestPasswordLinkAction} submitLabel="Email me a link" />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-ink underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
