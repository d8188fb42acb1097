"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";

export type SignInState = { error?: string; email?: string };

// The same words for every failure (unknown email, wrong password, login off): nothing to enumerate.
const GENERIC_FAILURE = "That email and password did not match an account that can sign in. Check both and try again.";

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? GENERIC_FAILURE, email };
  try {
    // "/" sends staff on to the console and clients to their portal.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    // signIn redirects by throwing; only an AuthError means the sign-in itself failed.
    if (error instanceof AuthError) return { error: GENERIC_FAILURE, email };
    throw error;
  }
}
