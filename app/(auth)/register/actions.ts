"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { publicAction } from "@/app/_actions/action";
import { clientIp } from "@/auth";
import { tooManyRequests } from "@/app/_actions/email-request";
import { unsafeConfirmRegistration, unsafeStartRegistration } from "@/db/access/onboarding/registration";
import { takeThrottle } from "@/db/access/sign-in/throttle";

export type RegisterState = { message?: string; error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const registerSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(200),
  email: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320),
  accountNumber: z.string().trim().min(1, "Enter your account number (it is on every invoice).").max(100),
  billingPostcode: z.string().trim().min(1, "Enter the postcode your invoices are billed to.").max(20),
  invoiceNumber: z.string().trim().min(1, "Enter the number of a recent invoice (it is at the top of the invoice).").max(100),
});

// The same answer for every well-formed request; the checks happen once the address is confirmed.
export const registerAction = publicAction<typeof registerSchema, RegisterState>(
  registerSchema,
  async (input, { ip, values }) => {
    const verdict = await takeThrottle("email-request", { email: input.email, ip });
    if (!verdict.isAllowed) return { error: tooManyRequests(verdict.retryAfterSeconds), values };
    after(() => unsafeStartRegistration(input, ip).catch((error) => console.error("Registration failed", error)));
    return { message: `We have sent a link to ${input.email}. Open it to confirm your address and finish registering.` };
  },
  { explain: "fields", keepValues: true },
);

export type ConfirmState = { error?: string; noMatch?: boolean; awaitingStaff?: boolean };

export async function confirmRegistrationAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = String(formData.get("token") ?? "").slice(0, 100);
  const result = await unsafeConfirmRegistration(token, clientIp(await headers()));
  switch (result.outcome) {
    case "link_unusable":
      return { error: "This link has already been used or has expired. Register again to get a new one." };
    case "throttled":
      return { error: tooManyRequests(result.retryAfterSeconds) };
    case "no_match":
      return { noMatch: true };
    case "awaiting_staff":
      return { awaitingStaff: true };
    case "joined":
      redirect(result.needsPassword ? `/reset-password/${result.passwordToken}` : "/sign-in");
  }
}
