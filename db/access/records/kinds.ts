import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { contracts, invoices, projects, quotes, sales, tasks, tickets, timesheetEntries } from "@/db/schema";
import type { RecordKind } from "@/lib/record-kinds";

// The database side of the registry of record kinds (lib/record-kinds.ts): each kind's table and
// how one of its records is named in a list of choices. `satisfies` makes a kind added there and
// forgotten here a type error.

export const recordTables = {
  invoice: invoices,
  quote: quotes,
  project: projects,
  task: tasks,
  ticket: tickets,
  contract: contracts,
  sale: sales,
  timesheet: timesheetEntries,
} as const satisfies Record<RecordKind, unknown>;

export const recordLabels = {
  invoice: sql<string>`${invoices.number}`,
  quote: sql<string>`${quotes.number} || ' · ' || ${quotes.title}`,
  project: sql<string>`${projects.name}`,
  task: sql<string>`${tasks.title}`,
  ticket: sql<string>`'#' || ${tickets.number} || ' · ' || ${tickets.subject}`,
  contract: sql<string>`${contracts.name}`,
  sale: sql<string>`${sales.title}`,
  timesheet: sql<string>`${timesheetEntries.workedOn} || ' · ' || ${timesheetEntries.description}`,
} satisfies Record<RecordKind, SQL<string>>;
