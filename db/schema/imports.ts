import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

export const importStatus = pgEnum("import_status", ["previewed", "queued", "running", "done", "failed"]);

// A spreadsheet of accounts and contacts: parsed and checked into import_rows first (the preview),
// written to the real tables only when staff commit it, in the background, with progress.
export const imports = pgTable("imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  fileName: text("file_name").notNull(),
  status: importStatus("status").notNull().default("previewed"),
  totalRows: integer("total_rows").notNull(),
  errorRows: integer("error_rows").notNull(),
  processedRows: integer("processed_rows").notNull().default(0),
  result: jsonb("result").notNull().default({}),
  lastError: text("last_error"),
  // A running import's worker renews this as it goes; one that crashed lets it run out, and the
  // import is taken up again from the start (its rows were never committed) or, after a few
  // tries, marked failed for staff to try again.
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
  attempts: integer("attempts").notNull().default(0),
  createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

export const importRows = pgTable(
  "import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    accountNumber: text("account_number"),
    accountName: text("account_name"),
    billingPostcode: text("billing_postcode"),
    email: text("email"),
    name: text("name"),
    passwordHash: text("password_hash"),
    // Why this row will not be imported; null for a good row.
    error: text("error"),
  },
  // Only the few bad rows are indexed (for the preview's list of problems).
  (t) => [
    primaryKey({ columns: [t.importId, t.line] }),
    index("import_rows_errors_idx")
      .on(t.importId, t.line)
      .where(sql`${t.error} is not null`),
  ],
);
