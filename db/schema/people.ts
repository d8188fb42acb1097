import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const userKind = pgEnum("user_kind", ["staff", "contact"]);
// Designers may change the portal's look (Console › Branding), as may owners and admins.
export const staffRole = pgEnum("staff_role", ["owner", "admin", "member", "designer"]);
// A contact's own login setting; "inherit" defers to the account and business-wide switches.
export const loginState = pgEnum("login_state", ["inherit", "on", "off"]);

// Everyone who can sign in, staff and client contacts alike, so one sign-in form serves both.
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: userKind("kind").notNull(),
    // Stored trimmed and lower-cased by the access layer; unique across staff and contacts.
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    passwordSetAt: timestamp("password_set_at", { withTimezone: true }),
    loginState: loginState("login_state").notNull().default("inherit"),
    // When staff last set login_state by hand; a later "enable for all" outranks it.
    loginStateSetAt: timestamp("login_state_set_at", { withTimezone: true }),
    staffRole: staffRole("staff_role"),
    // Labels on a person ("Android"); with the account's tags they decide which knowledge-base
    // articles and web forms the person sees.
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_kind_email_idx").on(t.kind, t.email),
    index("users_email_trgm_idx").using("gin", sql`${t.email} gin_trgm_ops`),
    index("users_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);
