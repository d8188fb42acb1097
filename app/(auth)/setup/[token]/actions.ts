"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import { unsafeCompleteSetup } from "@/db/access/onboarding/setup";
import { env } from "@/env";

export type SetupState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  done?: { email: string; passwordLink?: string };
};

const setupSchema = z.object({
  token: z.string().max(100),
  businessName: z.string().trim().min(1, "Enter your business's name, as clients know it.").max(200),
  ownerName: z.string().trim().min(1, "Enter your name.").max(200),
  ownerEmail: z.string().trim().toLowerCase().email("Enter your email address, like name@example.com.").max(320),
});

// The setup link is the only credential: checked again here, inside the same transaction that uses it.
export async function completeSetupAction(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const raw = Object.fromEntries(
    ["token", "businessName", "ownerName", "ownerEmail"].map((key) => [key, String(formData.get(key) ?? "").slice(0, 400)]),
  );
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return { fieldErrors, values: raw };
  }
  const { token, ...input } = parsed.data;
  const result = await unsafeCompleteSetup(token, input, clientIp(await headers()));
  if (!result.ok) {
    return {
      error:
        result.error === "done"
          ? "This portal is already set up. Sign in instead."
          : "This setup link has expired or was replaced by a newer one. Run `npm run setup` for a new link.",
    };
  }
  // Without an email provider nothing leaves the machine; whoever holds the setup link runs the
  // server, so they are given the owner's link here instead.
  return { done: { email: result.email, passwordLink: env.RESEND_API_KEY ? undefined : result.passwordLink } };
}
