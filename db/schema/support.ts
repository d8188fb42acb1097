import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { FormField } from "../../lib/form-fields";
import { accountRecordColumns } from "./columns";
import { users } from "./people";

export const ticketStatus = pgEnum("ticket_status", ["open", "waiting", "closed"]);
export const ticketPriority = pgEnum("ticket_priority", ["low", "normal", "high"]);

export const tickets = pgTable(
  "tickets",
  {
    ...accountRecordColumns(),
    // The short reference people quote on the phone ("ticket 1042").
    number: integer("number").generatedAlwaysAsIdentity({ startWith: 1001 }).notNull().unique(),
    // The contact who opened it: without "see all account activity" a contact sees only their own.
    contactId: uuid("contact_id").references(() => users.id, { onDelete: "set null" }),
    subject: text("subject").notNull(),
    status: ticketStatus("status").notNull().default("open"),
    priority: ticketPriority("priority").notNull().default("normal"),
    // The team a support form routes its tickets to ("Platinum support"); null for others.
    team: text("team"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tickets_account_idx").on(t.accountId, t.updatedAt),
    index("tickets_subject_trgm_idx").using("gin", sql`${t.subject} gin_trgm_ops`),
  ],
);

// Knowledge-base articles and support web forms are the business's own, not an account's: tags
// decide who sees them (none means everyone allowed the module).
export const knowledgeArticles = pgTable(
  "knowledge_articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    managerId: uuid("manager_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isPublished: boolean("is_published").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("knowledge_articles_tags_idx").using("gin", t.tags)],
);

export type WebFormField = FormField;

export const webForms = pgTable(
  "web_forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    managerId: uuid("manager_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    fields: jsonb("fields")
      .$type<WebFormField[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    // What a ticket made through this form gets: a "Platinum" form files high-priority tickets.
    ticketPriority: ticketPriority("ticket_priority").notNull().default("normal"),
    team: text("team").notNull().default(""),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isPublished: boolean("is_published").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("web_forms_tags_idx").using("gin", t.tags)],
);
