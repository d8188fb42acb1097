import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { accounts } from "./accounts";
import { users } from "./people";
import { registrations } from "./registrations";

// "setup": the one-time link that sets up a new deployment's business and first owner; it has no owner.
// "staff_invitation": a colleague invited to the console by an owner or admin.
export const tokenPurpose = pgEnum("token_purpose", ["invitation", "password_reset", "registration", "setup", "staff_invitation"]);

// Every emailed link: only the SHA-256 of the random token is stored, never the token itself.
export const tokens = pgTable(
  "tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    // Whose link it is: a person, or (purpose "registration") a registration not yet confirmed.
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    registrationId: uuid("registration_id").references(() => registrations.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tokens_user_purpose_idx").on(t.userId, t.purpose),
    // Compared as text: a new enum value cannot be used in the migration that adds it.
    check(
      "tokens_one_owner",
      sql`case when ${t.purpose}::text = 'setup' then ${t.userId} is null and ${t.registrationId} is null else (${t.userId} is null) <> (${t.registrationId} is null) end`,
    ),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenId: uuid("token_id")
      .notNull()
      .unique()
      .references(() => tokens.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    message: text("message"),
    // Set by the form that sent it, so a retried submission does not invite twice.
    requestKey: text("request_key").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_contact_idx").on(t.contactId)],
);
