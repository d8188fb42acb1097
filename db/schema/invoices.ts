import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
  (t) => [index("invoice_lines_invoice_idx").on(t.invoiceId, t.position)],
);

export const quoteStatus = pgEnum("quote_status", ["draft", "sent", "accepted", "declined", "expired"]);

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
  (t) => [index("quote_lines_quote_idx").on(t.quoteId, t.position)],
);
