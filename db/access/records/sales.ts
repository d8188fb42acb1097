import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { sales, saleStage } from "@/db/schema";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, managerSchema, moneySchema, optionalDateSchema, titleSchema } from "./inputs";
import { accountName, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const saleStages = saleStage.enumValues;
const saleSorts = { close: sortText(sales.expectedCloseOn), title: sortBy(sales.title), recent: sortText(sales.createdAt, "desc") };
const saleColumns = {
  id: sales.id,
  title: sales.title,
  stage: sales.stage,
  valueCents: sales.valueCents,
  expectedCloseOn: sales.expectedCloseOn,
};

/** Contact (a partner): the sales opportunities of their account they may see, one page. */
export async function listMySales(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: sales,
    select: saleColumns,
    where: [
      eq(sales.accountId, who.accountId),
      mayViewRecord(who, "sale"),
      searchCondition(options.query, [sales.title]),
      isOneOf(saleStages, options.status) ? eq(sales.stage, options.status) : undefined,
    ],
    sort: saleSorts[isOneOf(["close", "title", "recent"] as const, options.sort) ? options.sort : "close"],
    cursor: options.cursor,
  });
}

/** Contact: one opportunity with its files, or null. */
export async function getMySale(viewer: ContactViewer, saleId: string) {
  if (!isUuid(saleId)) return null;
  const who = actingAs(viewer);
  const [sale] = await db
    .select({ ...saleColumns, managerName: personName(sales.managerId) })
    .from(sales)
    .where(and(eq(sales.id, saleId), eq(sales.accountId, who.accountId), mayViewRecord(who, "sale")));
  return sale ? { ...sale, files: await unsafeListAttachedFiles(who.accountId, saleId) } : null;
}

export const saleInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  title: titleSchema("Title"),
  stage: z.enum(saleStages, "Choose a stage."),
  value: moneySchema,
  expectedCloseOn: optionalDateSchema,
  managerId: managerSchema,
});
export type SaleInput = z.infer<typeof saleInputSchema>;

/** Staff: every opportunity, newest first. */
export async function listSales(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: sales,
    select: { ...saleColumns, accountName: accountName(sales.accountId), managerName: personName(sales.managerId) },
    where: [
      searchCondition(options.query, [sales.title, accountName(sales.accountId)]),
      isOneOf(saleStages, options.status) ? eq(sales.stage, options.status) : undefined,
    ],
    sort: saleSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: one opportunity, to edit. */
export async function getSale(viewer: StaffViewer, saleId: string) {
  assertStaff(viewer);
  if (!isUuid(saleId)) return null;
  const [sale] = await db
    .select({ ...saleColumns, managerId: sales.managerId, accountId: sales.accountId, accountName: accountName(sales.accountId) })
    .from(sales)
    .where(eq(sales.id, saleId));
  return sale ?? null;
}

/** Staff: creates or updates an opportunity. */
export async function saveSale(viewer: StaffViewer, saleId: string | null, input: SaleInput, requestKey?: string) {
  return saveAccountRecord(viewer, "sale", saleId, input, requestKey, {
    prepare: async () => ({
      title: input.title,
      stage: input.stage,
      valueCents: input.value,
      expectedCloseOn: input.expectedCloseOn,
      managerId: input.managerId,
    }),
  });
}
