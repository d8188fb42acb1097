import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountRecordColumns } from "./columns";
import { users } from "./people";
import { projects, tasks } from "./projects";

// Contracts and retainers: an allowance of time over a period. Usage is the sum of the
// timesheet entries booked against the contract, so it is always current.
export const contracts = pgTable(
  "contracts",
  {
    ...accountRecordColumns(),
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    allowanceMinutes: integer("allowance_minutes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contracts_account_idx").on(t.accountId, t.startsOn)],
);

export const saleStage = pgEnum("sale_stage", ["lead", "qualified", "proposal", "won", "lost"]);

// Sales opportunities, shared with partners who bring or work the deal.
export const sales = pgTable(
  "sales",
  {
    ...accountRecordColumns(),
    title: text("title").notNull(),
    stage: saleStage("stage").notNull().default("lead"),
    valueCents: integer("value_cents").notNull().default(0),
    expectedCloseOn: date("expected_close_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sales_account_idx").on(t.accountId, t.createdAt)],
);

// Time worked for an account, by staff or by a contractor's contact, optionally against a project
// or a contract.
// Time logged by staff counts at once; time a contractor logs in the portal waits for staff to
// approve it (or send it back), and only approved time counts towards a contract's usage.
export const timesheetApproval = pgEnum("timesheet_approval", ["submitted", "approved", "returned"]);

export const timesheetEntries = pgTable(
  "timesheet_entries",
  {
    ...accountRecordColumns(),
    personId: uuid("person_id").references(() => users.id, { onDelete: "set null" }),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "set null" }),
    contractId: uuid("contract_id").references(() => contracts.id, { onDelete: "set null" }),
    workedOn: date("worked_on").notNull(),
    minutes: integer("minutes").notNull(),
    description: text("description").notNull(),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "set null" }),
    isBillable: boolean("is_billable").notNull().default(true),
    approval: timesheetApproval("approval").notNull().default("approved"),
    // The contractor who logged it from the portal (null for staff entries).
    loggedByContactId: uuid("logged_by_contact_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("timesheet_entries_account_idx").on(t.accountId, t.workedOn),
    index("timesheet_entries_contract_idx").on(t.contractId),
    // The console home's "time to approve", newest first.
    index("timesheet_entries_submitted_idx")
      .on(t.createdAt)
      .where(sql`${t.approval} = 'submitted'`),
  ],
);
