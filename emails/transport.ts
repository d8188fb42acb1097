import { Resend } from "resend";
import { env } from "@/env";

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string };
export type DeliveryResult = { status: "sent" | "captured"; providerMessageId?: string };

/** Delivers one email, or throws; the worker retries what throws. */
export type Transport = (email: OutgoingEmail) => Promise<DeliveryResult>;

// Without RESEND_API_KEY nothing leaves the machine: every email is kept in the outbox as
// "captured" and can be read in the console (Emails).
const captureTransport: Transport = async () => ({ status: "captured" });

let resend: Resend | undefined;

const resendTransport: Transport = async (email) => {
  // Constructed lazily: the Resend client throws at construction without a key.
  resend ??= new Resend(env.RESEND_API_KEY);
  const { data, error } = await resend.emails.send(
    { from: env.MAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text },
    // The outbox id as idempotency key: a retry after a lost response is not delivered twice.
    { idempotencyKey: `email/${email.id}` },
  );
  if (error) throw new Error(`Resend refused the email (${error.statusCode ?? "no status"}): ${error.message}`);
  return { status: "sent", providerMessageId: data?.id };
};

export function configuredTransport(): Transport {
  return env.RESEND_API_KEY ? resendTransport : captureTransport;
}
