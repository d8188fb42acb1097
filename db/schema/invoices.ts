import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./people";

// Clients never see drafts. "Overdue" is not stored: it is an open invoice past its due date.
export const invoiceStatus = pgEnum("invoice_status", ["draft", "open", "paid", "void"]);

export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    managerId: uuid("manager_id").references(() => users.id, { onDelete: "set null" }),
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
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitCents: integer("unit_cents").notNull(),
  },
  (t) => [index("invoice_lines_invoice_idx").on(t.invoiceId, t.position)],
);

export const quoteStatus = pgEnum("quote_status", ["draft", "sent", "accepted", "declined", "expired"]);

export const quotes = pgTable(
  "quotes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    managerId: uuid("manager_id").references(() => users.id, { onDelete: "set null" }),
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
    id: uuid("id").primaryKey().defaultRandom(),
    quoteId: uuid("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitCents: integer("unit_cents").notNull(),
  },
  (t) => [index("quote_lines_quote_idx").on(t.quoteId, t.position)],
);
