"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, ThrottledSignIn } from "@/auth";
import { handleEmailRequest, tooManyRequests } from "@/app/_actions/email-request";
import { unsafeRequestSignInCode } from "@/db/access/sign-in/codes";
import { SERVICE_UNAVAILABLE } from "../messages";

export type CodeState = { message?: string; error?: string; email?: string; hasSentCode?: boolean };

// Step 1: the same answer for every address, the work after the response (as "forgot password").
export async function requestSignInCodeAction(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const answer = await handleEmailRequest(
    formData,
    (email) => `If ${email} can sign in with a code, we have emailed one. It works for 10 minutes.`,
    (email, ip) => unsafeRequestSignInCode(email, ip),
  );
  return { ...answer, email: answer.email ?? String(formData.get("email") ?? "").slice(0, 320), hasSentCode: Boolean(answer.message) };
}

const codeSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the six digits from the email."),
});

const WRONG_CODE = "That code did not work. Check the latest email, or ask for a new code.";

// Step 2: the code goes through the same check and limits as a password (auth.ts → email-code).
export async function signInWithCodeAction(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const email = String(formData.get("email") ?? "").slice(0, 320);
  const parsed = codeSchema.safeParse({ email: formData.get("email"), code: formData.get("code") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email, hasSentCode: true };
  try {
    await signIn("email-code", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof ThrottledSignIn) return { error: tooManyRequests(error.retryAfterSeconds), email, hasSentCode: true };
    if (error.type === "CallbackRouteError") return { error: SERVICE_UNAVAILABLE, email, hasSentCode: true };
    return { error: WRONG_CODE, email, hasSentCode: true };
  }
}
