import type { Metadata } from "next";
import { AuthHeading, BackToSignIn } from "@/components/auth/auth-page";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestPasswordLinkAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <AuthHeading title="Forgot password">We will email you a link to choose a new one. We never send passwords by email.</AuthHeading>
      <EmailRequestForm action={requestPasswordLinkAction} submitLabel="Email me a link" />
      <BackToSignIn />
    </>
  );
}
