"use server";

import { handleEmailRequest, type EmailRequestState } from "@/app/_actions/email-request";
import { unsafeRequestPasswordLink } from "@/db/access/onboarding/password-links";
import { env } from "@/env";

export async function requestPasswordLinkAction(_previous: EmailRequestState, formData: FormData): Promise<EmailRequestState> {
  return handleEmailRequest(
    formData,
    (email) =>
      `If ${email} can sign in, we have sent it a link to choose a new password. The link works for ${env.PASSWORD_RESET_TTL_HOURS} hours.`,
    (email, ip) => unsafeRequestPasswordLink(email, "reset", ip),
  );
}
