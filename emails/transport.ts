import { createHash } from "node:crypto";
import { Resend } from "resend";
import { env } from "@/env";

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string };
export type DeliveryResult = { status: "sent" | "captured"; providerMessageId?: string };

/** Delivers a batch (up to BATCH_SIZE) and answers per email in the same order, or throws for the whole batch. */
export type Transport = (emails: OutgoingEmail[]) => Promise<DeliveryResult[]>;

/** Resend's batch endpoint takes at most 100 emails a call. */
export const BATCH_SIZE = 100;

// Without RESEND_API_KEY nothing leaves the machine: every email is kept in the outbox as
// "captured" and can be read in the console (Emails).
const captureTransport: Transport = async (emails) => emails.map(() => ({ status: "captured" }));

let resend: Resend | undefined;

const resendTransport: Transport = async (emails) => {
  // Constructed lazily: the Resend client throws at construction without a key.
  resend ??= new Resend(env.RESEND_API_KEY);
  const payload = emails.map((email) => ({ from: env.MAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text }));
  // Keyed by the outbox ids it carries: a retry of the same batch after a lost answer is not delivered twice.
  const idempotencyKey = `emails/${createHash("sha256").update(emails.map((email) => email.id).join(",")).digest("hex")}`;
  const { data, error } = await resend.batch.send(payload, { idempotencyKey });
  if (error) throw new Error(`Resend refused the batch (${error.statusCode ?? "no status"}): ${error.message}`);
  return emails.map((_, index) => ({ status: "sent", providerMessageId: data?.data[index]?.id }));
};

export function configuredTransport(): Transport {
  return env.RESEND_API_KEY ? resendTransport : captureTransport;
}
