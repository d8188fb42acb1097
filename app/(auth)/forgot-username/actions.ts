"use server";

import { handleEmailRequest, type EmailRequestState } from "@/app/_actions/email-request";
import { unsafeRequestUsernameReminder } from "@/db/access/onboarding/password-links";

export async function requestUsernameAction(_previous: EmailRequestState, formData: FormData): Promise<EmailRequestState> {
  return handleEmailRequest(
    formData,
    (email) => `If ${email} can sign in, we have sent it a reminder of its username.`,
    (email, ip) => unsafeRequestUsernameReminder(email, ip),
  );
}
