import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { attachedToRecordColumns } from "./columns";
import { users } from "./people";
import { objectType } from "./permissions";
import { signOffs } from "./sign-offs";

// The conversation on any record, who follows it, what happened on it, and who was told.

/** A message on a record's conversation (a ticket's replies, a project's thread…). */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...attachedToRecordColumns(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    // Staff-only notes on the conversation; never shown in the portal, never emailed to clients.
    isInternal: boolean("is_internal").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // By time too: the console home looks for client messages of the last 30 days without an answer.
  (t) => [index("messages_object_idx").on(t.objectId, t.createdAt), index("messages_created_idx").on(t.createdAt)],
);

/**
 * Who is part of a record's thread: who opened or created it, who wrote in it, who staff added. A
 * follower hears about new messages and changes; a contact without "see all account activity" sees
 * only the threads they follow.
 */
export const followers = pgTable(
  "followers",
  {
    objectId: uuid("object_id").notNull(),
    objectType: objectType("object_type").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.objectId, t.userId] }), index("followers_user_idx").on(t.userId)],
);

/** What happened, written in the transaction of the change: feeds both homes and each record's history. */
export const activities = pgTable(
  "activities",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    // "created", "posted", "replied", "closed", "logged", "approved"… read with the object's noun.
    verb: text("verb").notNull(),
    objectType: objectType("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    // The record's title when it happened, so the feed reads without a join per kind.
    title: text("title").notNull(),
    // Staff-side events (an internal note): never in the portal.
    isInternal: boolean("is_internal").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activities_account_idx").on(t.accountId, t.id), index("activities_object_idx").on(t.objectId, t.id)],
);

export const notificationKind = pgEnum("notification_kind", [
  "tasks",
  "messages",
  "files",
  "tickets",
  "timesheets",
  "sign_offs",
  "quotes",
  "payments",
]);
export const notificationMode = pgEnum("notification_mode", ["immediate", "digest", "off"]);

/** One person's in-app notification (the bell). Its email goes out now, in the next digest, or not at all. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The account a contact was told about (their portal shows only that account's); null for staff.
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    text: text("text").notNull(),
    // A path inside the product (/tickets/…, /console/tasks/…), never an outside address.
    path: text("path").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    // Set when the person wants this kind in a digest; cleared once the digest is queued.
    awaitingDigest: boolean("awaiting_digest").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    // The bell on every page counts these.
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    index("notifications_digest_idx")
      .on(t.userId)
      .where(sql`${t.awaitingDigest}`),
  ],
);

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    mode: notificationMode("mode").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * The address a notification about a conversation says to reply to (reply+<token>@INBOUND_REPLY_DOMAIN):
 * one per recipient and thread, only the SHA-256 of its token kept, used once, expiring by the
 * database clock. A reply to it is posted into the thread as that person.
 */
export const replyAddresses = pgTable(
  "reply_addresses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    // The thread: a record's conversation, or a sign-off's comments.
    objectType: objectType("object_type"),
    objectId: uuid("object_id"),
    signOffId: uuid("sign_off_id").references(() => signOffs.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reply_addresses_user_idx").on(t.userId),
    check("reply_addresses_one_thread", sql`(${t.objectId} is not null and ${t.objectType} is not null) <> (${t.signOffId} is not null)`),
  ],
);
