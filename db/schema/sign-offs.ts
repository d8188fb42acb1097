import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { files } from "./files";
import { users } from "./people";
import { objectType } from "./permissions";

// Sign-offs: staff ask chosen contacts to approve files. Each send of files is a round, its files
// pinned by SHA-256; each recipient answers once per round; links open one sign-off for one recipient.

// A draft is being put together (its first round not sent yet); open is waiting for answers.
export const signOffState = pgEnum("sign_off_state", ["draft", "open", "complete", "cancelled"]);
export const signOffRole = pgEnum("sign_off_role", ["approver", "informed"]);
export const signOffDecision = pgEnum("sign_off_decision", ["approved", "changes_requested", "rejected"]);

export const signOffs = pgTable(
  "sign_offs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    // The project or ticket it was made from; null for one made for the account directly.
    objectType: objectType("object_type"),
    objectId: uuid("object_id"),
    subject: text("subject").notNull(),
    instructions: text("instructions").notNull().default(""),
    dueOn: date("due_on"),
    linkLifetimeHours: integer("link_lifetime_hours").notNull().default(168),
    hasReminders: boolean("has_reminders").notNull().default(true),
    state: signOffState("state").notNull().default("open"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [index("sign_offs_account_idx").on(t.accountId, t.createdAt)],
);

export const signOffRounds = pgTable(
  "sign_off_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    signOffId: uuid("sign_off_id")
      .notNull()
      .references(() => signOffs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    // Null while staff are still adding its files; once sent, its files are pinned.
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("sign_off_rounds_number_key").on(t.signOffId, t.number)],
);

/**
 * A file of a round: its own copy of the bytes in the file store (`sign-offs/<id>`), pinned by their
 * hash, so an approval is of exactly these whatever happens to the file it was picked from. Once a
 * round is sent its files cannot change; a database trigger refuses it (migration 0037).
 */
export const signOffFiles = pgTable(
  "sign_off_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => signOffRounds.id, { onDelete: "cascade" }),
    // The record's file it was picked from, if it was (uploaded ones were not).
    fileId: uuid("file_id").references(() => files.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_off_files_round_idx").on(t.roundId), index("sign_off_files_file_idx").on(t.fileId)],
);

export const signOffRecipients = pgTable(
  "sign_off_recipients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    signOffId: uuid("sign_off_id")
      .notNull()
      .references(() => signOffs.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: signOffRole("role").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    // A removed recipient's links stop working; their answers stay in the history.
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("sign_off_recipients_contact_key").on(t.signOffId, t.contactId)],
);

/** One answer per recipient per round, with what proves who gave it. */
export const signOffResponses = pgTable(
  "sign_off_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => signOffRounds.id, { onDelete: "cascade" }),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => signOffRecipients.id, { onDelete: "cascade" }),
    decision: signOffDecision("decision").notNull(),
    comment: text("comment").notNull().default(""),
    typedName: text("typed_name").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sign_off_responses_once_key").on(t.roundId, t.recipientId)],
);

/** The link in a sign-off email: one recipient, one sign-off, only its SHA-256 kept, expiring by the database clock. */
export const signOffLinks = pgTable(
  "sign_off_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    signOffId: uuid("sign_off_id")
      .notNull()
      .references(() => signOffs.id, { onDelete: "cascade" }),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => signOffRecipients.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_off_links_recipient_idx").on(t.recipientId)],
);

/** Comments on a sign-off as a whole, or on one file of a round. */
export const signOffComments = pgTable(
  "sign_off_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    signOffId: uuid("sign_off_id")
      .notNull()
      .references(() => signOffs.id, { onDelete: "cascade" }),
    signOffFileId: uuid("sign_off_file_id").references(() => signOffFiles.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_off_comments_sign_off_idx").on(t.signOffId, t.createdAt)],
);

/**
 * What a sign-off link's button starts: a session for one recipient of one sign-off and nothing
 * else (the cookie holds the token, only its SHA-256 is kept). It lasts no longer than 12 hours.
 */
export const signOffSessions = pgTable(
  "sign_off_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => signOffRecipients.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_off_sessions_recipient_idx").on(t.recipientId)],
);

/** Reminders sent: by staff ("remind now") or automatically before the due date, once per round. */
export const signOffReminders = pgTable(
  "sign_off_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => signOffRounds.id, { onDelete: "cascade" }),
    isAutomatic: boolean("is_automatic").notNull(),
    sentBy: uuid("sent_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sign_off_reminders_automatic_key")
      .on(t.roundId)
      .where(sql`${t.isAutomatic}`),
  ],
);
