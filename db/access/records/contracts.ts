import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { contracts, timesheetEntries } from "@/db/schema";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql, type Acting } from "../permissions/resolver";
import { correlated, isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, managerSchema, requiredDateSchema, titleSchema } from "./inputs";
import { accountName, accountNumber, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

const contractSorts = { ends: sortText(contracts.endsOn), name: sortBy(contracts.name), recent: sortText(contracts.startsOn, "desc") };
/** Contracts running today, ended, or not started: read from the dates, never stored. */
export const contractPhases = ["current", "ended", "upcoming"] as const;
const phaseCondition = (phase: string | undefined) =>
  phase === "current"
    ? sql`current_date between ${contracts.startsOn} and ${contracts.endsOn}`
    : phase === "ended"
      ? sql`${contracts.endsOn} < current_date`
      : phase === "upcoming"
        ? sql`${contracts.startsOn} > current_date`
        : undefined;

// Usage is the approved time booked against the contract in its period, summed when asked: always current.
const usedMinutes = correlated(sql<number>`(select coalesce(sum(${timesheetEntries.minutes}), 0)::int from ${timesheetEntries}
  where ${timesheetEntries.contractId} = ${contracts.id} and ${timesheetEntries.approval} = 'approved'
  and ${timesheetEntries.workedOn} between ${contracts.startsOn} and ${contracts.endsOn})`);
/** Usage only where "view contract usage" is allowed for this contract; otherwise null. */
const visibleUsage = (who: Acting) =>
  sql<number | null>`case when ${allowedSql(who, "contracts.usage.view", { type: "contract", id: contracts.id })} then ${usedMinutes} end`;
const contractColumns = {
  id: contracts.id,
  name: contracts.name,
  startsOn: contracts.startsOn,
  endsOn: contracts.endsOn,
  allowanceMinutes: contracts.allowanceMinutes,
};

/** Contact: the contracts and retainers of their account they may see, with usage where allowed, one page. */
export async function listMyContracts(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: contracts,
    select: { ...contractColumns, usedMinutes: visibleUsage(who) },
    where: [
      eq(contracts.accountId, who.accountId),
      mayViewRecord(who, "contract"),
      searchCondition(options.query, [contracts.name]),
      phaseCondition(options.status),
    ],
    sort: contractSorts[isOneOf(["ends", "name", "recent"] as const, options.sort) ? options.sort : "ends"],
    cursor: options.cursor,
  });
}

/** Contact: one contract with usage where allowed and its files, or null. */
export async function getMyContract(viewer: ContactViewer, contractId: string) {
  if (!isUuid(contractId)) return null;
  const who = actingAs(viewer);
  const [contract] = await db
    .select({ ...contractColumns, usedMinutes: visibleUsage(who), managerName: personName(contracts.managerId) })
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.accountId, who.accountId), mayViewRecord(who, "contract")));
  return contract ? { ...contract, files: await unsafeListAttachedFiles(who.accountId, contractId) } : null;
}

export const contractInputSchema = z
  .object({
    accountNumber: accountNumberSchema.optional(),
    name: titleSchema("Name"),
    startsOn: requiredDateSchema,
    endsOn: requiredDateSchema,
    allowanceHours: z.coerce.number("Enter the allowance in hours.").min(0, "The allowance cannot be negative.").max(100000),
    managerId: managerSchema,
  })
  .refine((input) => input.endsOn >= input.startsOn, { message: "The end date is before the start date.", path: ["endsOn"] });
export type ContractInput = z.infer<typeof contractInputSchema>;

/** Staff: every contract, latest start first, with usage. */
export async function listContracts(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: contracts,
    select: {
      ...contractColumns,
      usedMinutes,
      accountName: accountName(contracts.accountId),
      managerName: personName(contracts.managerId),
    },
    where: [searchCondition(options.query, [contracts.name, accountName(contracts.accountId)]), phaseCondition(options.status)],
    sort: contractSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: one contract and the time booked on it, to edit. */
export async function getContract(viewer: StaffViewer, contractId: string) {
  assertStaff(viewer);
  if (!isUuid(contractId)) return null;
  const [contract] = await db
    .select({
      ...contractColumns,
      usedMinutes,
      managerId: contracts.managerId,
      accountId: contracts.accountId,
      accountName: accountName(contracts.accountId),
      accountNumber: accountNumber(contracts.accountId),
    })
    .from(contracts)
    .where(eq(contracts.id, contractId));
  if (!contract) return null;
  const entries = await db
    .select({
      id: timesheetEntries.id,
      workedOn: timesheetEntries.workedOn,
      minutes: timesheetEntries.minutes,
      description: timesheetEntries.description,
    })
    .from(timesheetEntries)
    .where(eq(timesheetEntries.contractId, contractId))
    .orderBy(desc(timesheetEntries.workedOn))
    .limit(100);
  return { ...contract, entries };
}

/** Staff: creates or updates a contract. */
export async function saveContract(viewer: StaffViewer, contractId: string | null, input: ContractInput, requestKey?: string) {
  return saveAccountRecord(viewer, "contract", contractId, input, requestKey, {
    prepare: async () => ({
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      allowanceMinutes: Math.round(input.allowanceHours * 60),
      managerId: input.managerId,
    }),
  });
}
