import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountRecordColumns } from "./columns";
import { users } from "./people";

export const projectStatus = pgEnum("project_status", ["planning", "active", "on_hold", "completed"]);

export const projects = pgTable(
  "projects",
  {
    ...accountRecordColumns(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    status: projectStatus("status").notNull().default("active"),
    progressPercent: integer("progress_percent").notNull().default(0),
    budgetCents: integer("budget_cents").notNull().default(0),
    budgetUsedCents: integer("budget_used_cents").notNull().default(0),
    startsOn: date("starts_on"),
    dueOn: date("due_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("projects_account_name_idx").on(t.accountId, t.name, t.id),
    index("projects_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

export const taskStatus = pgEnum("task_status", ["open", "in_progress", "done"]);

export const tasks = pgTable(
  "tasks",
  {
    ...accountRecordColumns(),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: taskStatus("status").notNull().default("open"),
    dueOn: date("due_on"),
    // The client who created it from the portal (null for staff-made tasks); told when its status changes.
    createdByContactId: uuid("created_by_contact_id").references(() => users.id, { onDelete: "set null" }),
    // A client contact the task is for (a review, a sign-off to gather): it is on their portal home.
    assignedContactId: uuid("assigned_contact_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tasks_account_idx").on(t.accountId, t.createdAt),
    index("tasks_project_idx").on(t.projectId),
    index("tasks_assigned_contact_idx").on(t.assignedContactId),
  ],
);
