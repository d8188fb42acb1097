import type { Metadata } from "next";
import { AuthHeading, BackToSignIn } from "@/components/auth/auth-page";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestUsernameAction } from "./actions";

export const metadata: Metadata = { title: "Forgot username" };

export default function ForgotUsernamePage() {
  return (
    <>
      <AuthHeading title="Forgot username">Enter the email address you think you use; we will email it your username.</AuthHeading>
      <EmailRequestForm action={requestUsernameAction} submitLabel="Email me my username" />
      <BackToSignIn />
    </>
  );
}
