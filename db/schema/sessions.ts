import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// A session opened by a password (or an emailed code) that still needs its second step: a code
// from the authenticator app, or enrolling in two-factor where the business requires it. Until
// the step is done the session opens nothing but that step's page, and lives only minutes.
export const sessionStep = pgEnum("session_step", ["two_factor", "enrolment"]);

// One row per sign-in, named by the session cookie. The cookie alone proves nothing: a session
// counts only while its row is open and unexpired, so signing out (here or from another device)
// ends it on the server and a copied cookie stops working.
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Refreshed at most every few minutes, for "where you are signed in".
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    ip: text("ip"),
    userAgent: text("user_agent"),
    pendingStep: sessionStep("pending_step"),
  },
  (t) => [
    index("sessions_open_by_user_idx")
      .on(t.userId, t.lastSeenAt)
      .where(sql`${t.endedAt} is null`),
  ],
);

// A six-digit code emailed to a client who signs in now and then without a password (when the
// business switches it on). Kept as an HMAC, used once, dead after ten minutes or five wrong tries.
export const signInCodes = pgTable(
  "sign_in_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_codes_user_idx").on(t.userId, t.createdAt)],
);
