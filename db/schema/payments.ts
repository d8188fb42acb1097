import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgSequence, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { invoices } from "./invoices";
import { users } from "./people";

// Money received against an invoice. An invoice's amount paid is the sum of its payments less what
// was refunded, kept on the invoice in the same transaction as every change here.

export const paymentMethod = pgEnum("payment_method", ["card", "bank_transfer", "cheque", "cash", "other"]);
// Receipts are numbered in the order money arrived: R-000001, R-000002…
export const paymentReceiptNumbers = pgSequence("payment_receipt_numbers");

export const paymentAttemptStatus = pgEnum("payment_attempt_status", ["pending", "succeeded", "failed", "expired"]);

/**
 * A payment a client started online: one checkout at the provider, for an amount our invoice set.
 * The provider's events are matched to it, and must agree with it (invoice, account, amount,
 * currency) before anything is recorded.
 */
export const paymentAttempts = pgTable(
  "payment_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").references(() => users.id, { onDelete: "set null" }),
    provider: text("provider").notNull(),
    // The provider's checkout id, once it answered; its payment page.
    providerRef: text("provider_ref").unique(),
    checkoutUrl: text("checkout_url"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull(),
    status: paymentAttemptStatus("status").notNull().default("pending"),
    // Why it failed, as the provider put it (a declined card, an expired session).
    failure: text("failure"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp("settled_at", { withTimezone: true }),
  },
  (t) => [
    index("payment_attempts_invoice_idx").on(t.invoiceId, t.createdAt),
    check("payment_attempts_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    receiptNumber: text("receipt_number")
      .notNull()
      .unique()
      .default(sql`('R-' || lpad(nextval('payment_receipt_numbers')::text, 6, '0'))`),
    amountCents: integer("amount_cents").notNull(),
    // What was refunded of it, in all: the provider reports the running total.
    refundedCents: integer("refunded_cents").notNull().default(0),
    currency: text("currency").notNull(),
    method: paymentMethod("method").notNull(),
    receivedOn: date("received_on")
      .notNull()
      .default(sql`current_date`),
    // The bank's or cheque's reference, or the provider's payment id.
    reference: text("reference").notNull().default(""),
    provider: text("provider"),
    providerRef: text("provider_ref").unique(),
    attemptId: uuid("attempt_id")
      .unique()
      .references(() => paymentAttempts.id, { onDelete: "set null" }),
    // Who paid online (a contact), or who recorded a transfer (staff).
    payerId: uuid("payer_id").references(() => users.id, { onDelete: "set null" }),
    recordedById: uuid("recorded_by_id").references(() => users.id, { onDelete: "set null" }),
    // Where the receipt was emailed.
    receiptSentTo: text("receipt_sent_to")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("payments_invoice_idx").on(t.invoiceId, t.createdAt),
    check("payments_amount_positive", sql`${t.amountCents} > 0`),
    check("payments_refund_within_amount", sql`${t.refundedCents} between 0 and ${t.amountCents}`),
  ],
);

/**
 * Every verified provider event, by its id: recorded in the transaction that acts on it, so a
 * redelivered or replayed event finds its id taken and changes nothing. What came of it (recorded,
 * ignored, refused and why) stays for staff to read.
 */
export const paymentEvents = pgTable(
  "payment_events",
  {
    provider: text("provider").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    outcome: text("outcome").notNull(),
    reason: text("reason"),
    detail: jsonb("detail"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] }), index("payment_events_received_idx").on(t.receivedAt)],
);
