import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { accountRecordColumns, lineColumns } from "./columns";

// Clients never see drafts. "Overdue" is not stored: it is an open invoice past its due date.
export const invoiceStatus = pgEnum("invoice_status", ["draft", "open", "paid", "void"]);

export const invoices = pgTable(
  "invoices",
  {
    ...accountRecordColumns(),
    number: text("number").notNull().unique(),
    status: invoiceStatus("status").notNull().default("open"),
    issuedOn: date("issued_on").notNull(),
    dueOn: date("due_on"),
    // The sum of the lines, kept with the invoice so lists need no aggregate.
    totalCents: integer("total_cents").notNull().default(0),
    amountPaidCents: integer("amount_paid_cents").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invoices_account_idx").on(t.accountId, t.issuedOn),
    index("invoices_number_trgm_idx").using("gin", sql`${t.number} gin_trgm_ops`),
  ],
);

export const invoiceLines = pgTable(
  "invoice_lines",
  {
    ...lineColumns(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("invoice_lines_invoice_idx").on(t.invoiceId, t.position),
    check("invoice_lines_tax_range", sql`${t.taxBasisPoints} between 0 and 10000`),
  ],
);

// "changes_requested": the client sent it back; staff revise it, and sending the revision makes a
// new version the client answers afresh.
export const quoteStatus = pgEnum("quote_status", ["draft", "sent", "accepted", "declined", "expired", "changes_requested"]);
export const quoteDecision = pgEnum("quote_decision", ["accepted", "declined", "changes_requested"]);

export const quotes = pgTable(
  "quotes",
  {
    ...accountRecordColumns(),
    number: text("number").notNull().unique(),
    title: text("title").notNull(),
    status: quoteStatus("status").notNull().default("sent"),
    issuedOn: date("issued_on").notNull(),
    validUntil: date("valid_until"),
    totalCents: integer("total_cents").notNull().default(0),
    // Which version clients see and answer: a revision sent after "changes requested" is the next.
    version: integer("version").notNull().default(1),
    // The invoice an accepted quote was turned into.
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("quotes_account_idx").on(t.accountId, t.issuedOn)],
);

export const quoteLines = pgTable(
  "quote_lines",
  {
    ...lineColumns(),
    quoteId: uuid("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("quote_lines_quote_idx").on(t.quoteId, t.position),
    check("quote_lines_tax_range", sql`${t.taxBasisPoints} between 0 and 10000`),
  ],
);

/**
 * A client's answer to one version of a quote: one per version, with what proves who gave it and
 * the version as they saw it (title, lines, total, valid until) with its SHA-256, so an accepted
 * quote can be shown to be exactly what was accepted.
 */
export const quoteResponses = pgTable(
  "quote_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quoteId: uuid("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    contactId: uuid("contact_id").references(() => users.id, { onDelete: "set null" }),
    decision: quoteDecision("decision").notNull(),
    comment: text("comment").notNull().default(""),
    typedName: text("typed_name").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    content: jsonb("content").notNull(),
    contentHash: text("content_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("quote_responses_once_key").on(t.quoteId, t.version)],
);
