import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { loginState, users } from "./people";

// Portal access for an account's people: follow the business switch, nobody, everybody, or only
// the people switched on one by one.
export const portalAccess = pgEnum("portal_access", ["inherit", "disabled", "all", "selected"]);

// A customer of the business: a company, or an individual billed directly.
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    name: text("name").notNull(),
    billingPostcode: text("billing_postcode"),
    portalAccess: portalAccess("portal_access").notNull().default("inherit"),
    // The staff's own test account, for trying the portal as a client would.
    isTest: boolean("is_test").notNull().default(false),
    // Every contact of this account must use two-factor sign-in (set by staff).
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    // Free labels ("Platinum", "Partner") for filtering and, later, for what a client may see.
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("accounts_name_id_idx").on(t.name, t.id),
    index("accounts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("accounts_tags_idx").using("gin", t.tags),
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
    // This person's toggle at this account ("enabled for selected people"); beats the account's mode.
    loginState: loginState("login_state").notNull().default("inherit"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.contactId] }), index("account_contacts_contact_idx").on(t.contactId)],
);
