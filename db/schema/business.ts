import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// One deployment serves one business: its settings are a single row (id = 1).
export const businessSettings = pgTable(
  "business_settings",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    // "Allow customers to sign in": the answer for every contact and account left on "inherit".
    allowCustomerLogin: boolean("allow_customer_login").notNull().default(false),
    // "Enable login for all existing contacts" records when, instead of touching every row: a
    // contact created before it, whose own setting is older still, counts as switched on.
    loginsEnabledAt: timestamp("logins_enabled_at", { withTimezone: true }),
    // "Apply the defaults to all existing contacts", recorded the same way: contact permissions set
    // before this moment give way to the defaults.
    defaultsAppliedAt: timestamp("defaults_applied_at", { withTimezone: true }),
    // The global default of customer permissions: one answer for every capability no layer sets.
    // Null is "not set", which means deny.
    defaultAllowed: boolean("default_allowed"),
    // Clients may sign in with a six-digit code emailed to them instead of a password.
    signInCodesEnabled: boolean("sign_in_codes_enabled").notNull().default(false),
    // Owners and admins must use two-factor sign-in; they enrol right after their password.
    requireTwoFactorForAdmins: boolean("require_two_factor_for_admins").notNull().default(true),
    // The demo business (seeded with the README's published sign-ins), so Settings can say so.
    isDemo: boolean("is_demo").notNull().default(false),
    // ISO 4217 code every amount in the portal is shown in.
    currency: text("currency").notNull().default("GBP"),
    // Origins (scheme://host[:port]) whose pages may post the embeddable sign-in form.
    embedOrigins: text("embed_origins")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Sign-offs: how long an emailed link lasts unless a sign-off says otherwise, and how many
    // days before a due date the automatic reminder goes out.
    signOffLinkDays: integer("sign_off_link_days").notNull().default(7),
    signOffReminderDays: integer("sign_off_reminder_days").notNull().default(2),
    // Payments: whether a client may pay part of an invoice online, how to pay by bank transfer
    // (shown on every open invoice), and who else gets a copy of each receipt.
    allowPartPayments: boolean("allow_part_payments").notNull().default(false),
    bankTransferInstructions: text("bank_transfer_instructions").notNull().default(""),
    receiptCopyTo: text("receipt_copy_to"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("business_settings_single_row", sql`${t.id} = 1`)],
);
