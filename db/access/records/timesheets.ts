import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { contracts, projects, timesheetEntries } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { actingAs } from "../permissions/resolver";
import { correlated, pageOfRows, searchCondition, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, managerSchema, requiredDateSchema, parentIdSchema } from "./inputs";
import { accountName, personName, resolveOwnership, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

const timesheetSorts = { recent: sortText(timesheetEntries.workedOn, "desc"), oldest: sortText(timesheetEntries.workedOn) };
const entryColumns = {
  id: timesheetEntries.id,
  workedOn: timesheetEntries.workedOn,
  minutes: timesheetEntries.minutes,
  description: timesheetEntries.description,
  approval: timesheetEntries.approval,
  isBillable: timesheetEntries.isBillable,
  loggedByContactId: timesheetEntries.loggedByContactId,
  personName: personName(timesheetEntries.personId),
  projectName: correlated(
    sql<string | null>`(select ${projects.name} from ${projects} where ${projects.id} = ${timesheetEntries.projectId})`,
  ),
  contractName: correlated(
    sql<string | null>`(select ${contracts.name} from ${contracts} where ${contracts.id} = ${timesheetEntries.contractId})`,
  ),
};

/** Contact (a contractor): the time entries of their account they may see, one page. */
export async function listMyTimesheets(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: timesheetEntries,
    select: entryColumns,
    where: [
      eq(timesheetEntries.accountId, who.accountId),
      mayViewRecord(who, "timesheet"),
      searchCondition(options.query, [timesheetEntries.description]),
    ],
    sort: timesheetSorts[options.sort === "oldest" ? "oldest" : "recent"],
    cursor: options.cursor,
  });
}

/** Contact: one time entry, or null. */
export async function getMyTimesheetEntry(viewer: ContactViewer, entryId: string) {
  if (!isUuid(entryId)) return null;
  const who = actingAs(viewer);
  const [entry] = await db
    .select({ ...entryColumns, managerName: personName(timesheetEntries.managerId) })
    .from(timesheetEntries)
    .where(and(eq(timesheetEntries.id, entryId), eq(timesheetEntries.accountId, who.accountId), mayViewRecord(who, "timesheet")));
  return entry ?? null;
}

export const timesheetInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  contractId: parentIdSchema,
  workedOn: requiredDateSchema,
  hours: z.coerce
    .number("Enter the time in hours, such as 1.5.")
    .gt(0, "Enter more than 0 hours.")
    .max(24, "One entry covers at most 24 hours."),
  description: z.string().trim().min(1, "Say what the time was spent on.").max(1000),
  personId: managerSchema,
  managerId: managerSchema,
});
export type TimesheetInput = z.infer<typeof timesheetInputSchema>;

/** Staff: every time entry, most recent first. */
export async function listTimesheets(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: timesheetEntries,
    select: { ...entryColumns, accountName: accountName(timesheetEntries.accountId) },
    where: [searchCondition(options.query, [timesheetEntries.description, accountName(timesheetEntries.accountId)])],
    sort: timesheetSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: one time entry, to edit. */
export async function getTimesheetEntry(viewer: StaffViewer, entryId: string) {
  assertStaff(viewer);
  if (!isUuid(entryId)) return null;
  const [entry] = await db
    .select({
      ...entryColumns,
      personId: timesheetEntries.personId,
      managerId: timesheetEntries.managerId,
      accountId: timesheetEntries.accountId,
      accountName: accountName(timesheetEntries.accountId),
    })
    .from(timesheetEntries)
    .where(eq(timesheetEntries.id, entryId));
  return entry ?? null;
}

/** Staff: logs time at an account (optionally against one of its contracts) or corrects an entry. */
export async function saveTimesheetEntry(viewer: StaffViewer, entryId: string | null, input: TimesheetInput, requestKey?: string) {
  return saveAccountRecord(viewer, "timesheet", entryId, input, requestKey, {
    prepare: async (tx, { accountId, errors }) => {
      const person = await resolveOwnership(tx, { isNew: false, managerId: input.personId });
      if (person.errors.managerId) errors.personId = "Choose who did the work from the list.";
      let contractId: string | undefined;
      if (!entryId && input.contractId && accountId) {
        const [contract] = await tx
          .select({ id: contracts.id })
          .from(contracts)
          .where(and(eq(contracts.id, input.contractId), eq(contracts.accountId, accountId)));
        if (contract) contractId = contract.id;
        else errors.form = "That contract belongs to another account.";
      }
      const values = {
        workedOn: input.workedOn,
        minutes: Math.round(input.hours * 60),
        description: input.description,
        personId: input.personId,
        managerId: input.managerId,
      };
      // An entry stays booked to the contract it was logged on.
      return contractId ? { ...values, contractId } : values;
    },
  });
}
