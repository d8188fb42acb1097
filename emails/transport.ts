import { Resend } from "resend";
import { env } from "@/env";

export type OutgoingEmail = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** A notification's one-click unsubscribe address (RFC 8058). */
  listUnsubscribe?: string | null;
  /** A conversation's notification: the recipient's own reply address. */
  replyTo?: string | null;
};
export type DeliveryResult = { status: "sent" | "captured"; providerMessageId?: string };

/**
 * Delivers a batch (up to BATCH_SIZE) and answers per email in the same order, or throws for the
 * whole batch. `batchKey` is the same every time the same batch is tried.
 */
export type Transport = (emails: OutgoingEmail[], options: { batchKey: string }) => Promise<DeliveryResult[]>;

/** Resend's batch endpoint takes at most 100 emails a call. */
export const BATCH_SIZE = 100;

// Without RESEND_API_KEY nothing leaves the machine: every email is kept in the outbox as
// "captured" and can be read in the console (Emails).
const captureTransport: Transport = async (emails) => emails.map(() => ({ status: "captured" }));

/** Delivery through Resend's batch endpoint (at RESEND_BASE_URL: Resend's own API unless set). */
export function resendTransport(apiKey: string, baseUrl = env.RESEND_BASE_URL): Transport {
  const resend = new Resend(apiKey, { baseUrl });
  return async (emails, { batchKey }) => {
    const payload = emails.map((email) => ({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      // RFC 8058: mail providers show an "Unsubscribe" button that POSTs to the address, no sign-in.
      ...(email.listUnsubscribe
        ? { headers: { "List-Unsubscribe": `<${email.listUnsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
        : {}),
    }));
    // The batch's own id, fixed in the outbox before this call: a retry after a lost answer (or
    // after the database failed to record it) is recognised by Resend and not delivered twice.
    const { data, error } = await resend.batch.send(payload, { idempotencyKey: `emails/${batchKey}` });
    if (error) throw new Error(`Resend refused the batch (${error.statusCode ?? "no status"}): ${error.message}`);
    return emails.map((_, index) => ({ status: "sent", providerMessageId: data?.data[index]?.id }));
  };
}

let configured: Transport | undefined;

export function configuredTransport(): Transport {
  // Constructed lazily: the Resend client throws at construction without a key.
  configured ??= env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY) : captureTransport;
  return configured;
}
