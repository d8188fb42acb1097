import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const emailStatus = pgEnum("email_status", ["queued", "sending", "sent", "captured", "failed"]);

// The durable outbox: written in the same transaction as the change that causes the email,
// then claimed, rendered and delivered by the mail worker.
export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    props: jsonb("props").notNull(),
    status: emailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // A claimed email whose worker died is claimed again once its lease runs out.
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    // The delivery batch this email belongs to, fixed before the provider is called: a retry sends
    // the same emails under the same idempotency key, so an accepted batch is never delivered twice.
    batchId: uuid("batch_id"),
    // Notifications only: the one-click unsubscribe address (RFC 8058) its headers carry.
    listUnsubscribe: text("list_unsubscribe"),
    // Notifications about a conversation: the recipient's own reply address.
    replyTo: text("reply_to"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("emails_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('queued', 'sending')`),
    index("emails_created_idx").on(t.createdAt),
    // The console home's "failed emails".
    index("emails_failed_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'failed'`),
    index("emails_batch_idx")
      .on(t.batchId)
      .where(sql`${t.status} in ('queued', 'sending')`),
  ],
);
