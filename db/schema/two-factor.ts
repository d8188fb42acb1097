import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { sessions } from "./sessions";

// A person's authenticator app. The shared secret must be read back to check codes, so it is
// kept sealed (AES-GCM under a key derived from AUTH_SECRET), never in the clear. It counts only
// once confirmed by a first code; `last_used_step` is the 30-second step of the last code
// accepted, so a code is never accepted twice.
export const twoFactorSecrets = pgTable("two_factor_secrets", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  sealedSecret: text("sealed_secret").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastUsedStep: integer("last_used_step").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// Ten codes shown once at enrolment, for a lost phone; each works once. Kept as an HMAC.
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("recovery_codes_hash_key").on(t.userId, t.codeHash)],
);

// "Trust this browser for 30 days": the browser keeps a random token, the server keeps its hash,
// the person and the session it was granted in. Trust holds only for that person, until it
// expires by the database's clock or is forgotten (signing out everywhere, a new password,
// two-factor turned off or reset).
export const trustedBrowsers = pgTable(
  "trusted_browsers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    grantedInSessionId: uuid("granted_in_session_id").references(() => sessions.id, { onDelete: "set null" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    forgottenAt: timestamp("forgotten_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("trusted_browsers_token_key").on(t.tokenHash), index("trusted_browsers_user_idx").on(t.userId)],
);
