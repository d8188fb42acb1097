import "server-only";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contracts, invoices, projects, quotes, sales, tasks, tickets, timesheetEntries } from "@/db/schema";
import type { ObjectType } from "../permissions/capabilities";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// The table behind each kind of record that permission rules and files can be attached to.
export const objectTables = {
  invoice: invoices,
  quote: quotes,
  project: projects,
  task: tasks,
  ticket: tickets,
  contract: contracts,
  sale: sales,
  timesheet: timesheetEntries,
} as const;

/** The account a record belongs to, or null when there is no such record. Unsafe: callers authorise first. */
export async function unsafeFindObjectAccount(type: ObjectType, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const table = objectTables[type];
  const [row] = await db.select({ accountId: table.accountId }).from(table).where(eq(table.id, id));
  return row?.accountId ?? null;
}

const objectLabels = {
  invoice: sql<string>`${invoices.number}`,
  quote: sql<string>`${quotes.number} || ' · ' || ${quotes.title}`,
  project: sql<string>`${projects.name}`,
  task: sql<string>`${tasks.title}`,
  ticket: sql<string>`'#' || ${tickets.number} || ' · ' || ${tickets.subject}`,
  contract: sql<string>`${contracts.name}`,
  sale: sql<string>`${sales.title}`,
  timesheet: sql<string>`${timesheetEntries.workedOn} || ' · ' || ${timesheetEntries.description}`,
} satisfies Record<ObjectType, SQL<string>>;

export const OBJECT_CHOICES_LIMIT = 200;

/** Staff: an account's records of one kind, newest first, to pick one in the Explain panel. */
export async function listObjectChoices(viewer: StaffViewer, type: ObjectType, accountId: string) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return [];
  const table = objectTables[type];
  return db
    .select({ id: table.id, label: objectLabels[type] })
    .from(table)
    .where(eq(table.accountId, accountId))
    .orderBy(desc(table.createdAt))
    .limit(OBJECT_CHOICES_LIMIT);
}
