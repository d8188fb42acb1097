"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { clientIp, signIn, ThrottledSignIn } from "@/auth";
import { tooManyRequests } from "@/app/_actions/email-request";
import { unsafeRequestPasswordLink } from "@/db/access/onboarding/password-links";
import { GENERIC_FAILURE, SERVICE_UNAVAILABLE } from "./messages";

export type SignInState = { error?: string; email?: string };

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320),
  password: z.string().max(1024),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") ?? "" });
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? GENERIC_FAILURE, email };

  const ip = clientIp(await headers());
  try {
    // "/" sends staff on to the console and clients to their portal.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    // signIn redirects by throwing; only an AuthError means the sign-in itself failed.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof ThrottledSignIn) return { error: tooManyRequests(error.retryAfterSeconds), email };
    // The check itself failed (the database timed out or is down): say so, rather than "wrong password".
    if (error.type === "CallbackRouteError") return { error: SERVICE_UNAVAILABLE, email };
    // After the response, so answering takes as long whether or not a link is sent.
    after(() => unsafeRequestPasswordLink(parsed.data.email, "first", ip).catch((e) => console.error("Password link failed", e)));
    return { error: GENERIC_FAILURE, email };
  }
}
