"use server";

import { z } from "zod";
import { publicAction } from "@/app/_actions/action";
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
export const completeSetupAction = publicAction<typeof setupSchema, SetupState>(
  setupSchema,
  async ({ token, ...input }, { ip }) => {
    const result = await unsafeCompleteSetup(token, input, ip);
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
  },
  { explain: "fields", keepValues: true },
);
