import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// A customer of the business: a company, or an individual billed directly.
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    name: text("name").notNull(),
    billingPostcode: text("billing_postcode"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("accounts_name_id_idx").on(t.name, t.id),
    index("accounts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

// A contact may belong to several accounts (an accountant working for two companies).
export const accountContacts = pgTable(
  "account_contacts",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.contactId] }), index("account_contacts_contact_idx").on(t.contactId)],
);
