import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { clientIp } from "@/auth";
import { takeThrottle } from "@/db/access/sign-in/throttle";

export type EmailRequestState = { message?: string; error?: string; email?: string };

const emailSchema = z.object({ email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320) });

/**
 * "Email me a link / my username": the same answer for every well-formed address, with the work
 * done after the response is sent, so neither the words nor the timing tell whether it is known.
 */
export async function handleEmailRequest(
  formData: FormData,
  answer: (email: string) => string,
  work: (email: string, ip: string | undefined) => Promise<void>,
): Promise<EmailRequestState> {
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(formData.get("email") ?? "").slice(0, 320) };
  const { email } = parsed.data;
  const ip = clientIp(await headers());
  const verdict = await takeThrottle("email-request", { email, ip });
  if (!verdict.isAllowed) return { error: tooManyRequests(verdict.retryAfterSeconds), email };
  after(() => work(email, ip).catch((error) => console.error("Email request failed", error)));
  return { message: answer(email) };
}

export function tooManyRequests(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many requests from here or for this address. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}
