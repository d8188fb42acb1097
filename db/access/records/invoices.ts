import "server-only";
import { linesOf, numberProblem, replaceLines } from "./priced";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { invoices, invoiceStatus } from "@/db/schema";
import { formatMoney } from "@/lib/format";
import { getPublicBranding } from "../branding/live";
import { unsafeListInvoicePayments, unsafeListInvoicePaymentsForStaff } from "../payments/reads";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, linesSchema, managerSchema, optionalDateSchema, requiredDateSchema, titleSchema, totalOf } from "./inputs";
import { accountName, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const invoiceStatuses = invoiceStatus.enumValues;
const invoiceSorts = { issued: sortText(invoices.issuedOn, "desc"), due: sortText(invoices.dueOn), number: sortText(invoices.number) };

const isOverdue = sql<boolean>`(${invoices.status} = 'open' and ${invoices.dueOn} < current_date)`;
const filterCondition = (filter: string | undefined) =>
  filter === "unpaid"
    ? eq(invoices.status, "open")
    : filter === "overdue"
      ? isOverdue
      : filter === "paid"
        ? eq(invoices.status, "paid")
        : filter === "void"
          ? eq(invoices.status, "void")
          : undefined;

/** An invoice as every list names it. */
const invoiceKey = { id: invoices.id, number: invoices.number, status: invoices.status };

/** Contact: the invoices of their account they may see (never drafts), one page. */
export async function listMyInvoices(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: invoices,
    select: {
      ...invoiceKey,
      isOverdue,
      issuedOn: invoices.issuedOn,
      dueOn: invoices.dueOn,
      totalCents: invoices.totalCents,
      amountPaidCents: invoices.amountPaidCents,
    },
    where: [
      eq(invoices.accountId, who.accountId),
      mayViewRecord(who, "invoice"),
      searchCondition(options.query, [invoices.number]),
      filterCondition(options.status),
    ],
    sort: invoiceSorts[isOneOf(["issued", "due", "number"] as const, options.sort) ? options.sort : "issued"],
    cursor: options.cursor,
  });
}

/** Contact: one invoice with its lines and files, or null (missing, another account's, a draft or not allowed look alike). */
export async function getMyInvoice(viewer: ContactViewer, invoiceId: string) {
  if (!isUuid(invoiceId)) return null;
  const who = actingAs(viewer);
  const [invoice] = await db
    .select({
      ...invoiceColumns,
      isOverdue,
      managerName: personName(invoices.managerId),
      accountName: sql<string>`${viewer.accountName}`,
      mayPay: allowedSql(who, "invoices.pay", { type: "invoice", id: invoices.id }),
    })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.accountId, who.accountId), mayViewRecord(who, "invoice")));
  if (!invoice) return null;
  const [lines, files, branding, payments] = await Promise.all([
    linesOf(db, "invoice", invoiceId),
    unsafeListAttachedFiles(who.accountId, invoiceId),
    getPublicBranding(),
    unsafeListInvoicePayments(invoiceId),
  ]);
  return { ...invoice, mayPay: invoice.mayPay && !viewer.viewAs, lines, files, payments, issuer: branding.portalName };
}

const invoiceColumns = {
  id: invoices.id,
  number: invoices.number,
  status: invoices.status,
  issuedOn: invoices.issuedOn,
  dueOn: invoices.dueOn,
  totalCents: invoices.totalCents,
  amountPaidCents: invoices.amountPaidCents,
};

export const invoiceInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  number: titleSchema("Invoice number"),
  status: z.enum(invoiceStatuses, "Choose a status."),
  issuedOn: requiredDateSchema,
  dueOn: optionalDateSchema,
  managerId: managerSchema,
  lines: linesSchema,
});
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;

/** Staff: every invoice, newest first, searchable by number or client. */
export async function listInvoices(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: invoices,
    select: {
      ...invoiceKey,
      totalCents: invoices.totalCents,
      accountName: accountName(invoices.accountId),
      managerName: personName(invoices.managerId),
    },
    where: [
      searchCondition(options.query, [invoices.number, accountName(invoices.accountId)]),
      isOneOf(invoiceStatuses, options.status) ? eq(invoices.status, options.status) : undefined,
    ],
    sort: invoiceSorts.issued,
    cursor: options.cursor,
  });
}

/** Staff: one invoice with its lines, to edit. */
export async function getInvoice(viewer: StaffViewer, invoiceId: string) {
  assertStaff(viewer);
  if (!isUuid(invoiceId)) return null;
  const [invoice] = await db
    .select({
      ...invoiceColumns,
      managerId: invoices.managerId,
      accountId: invoices.accountId,
      accountName: accountName(invoices.accountId),
    })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  if (!invoice) return null;
  const [lines, payments] = await Promise.all([
    linesOf(db, "invoice", invoiceId),
    unsafeListInvoicePaymentsForStaff(invoiceId, invoice.accountId),
  ]);
  return { ...invoice, lines, payments };
}

/**
 * Staff: creates or updates an invoice and replaces its lines, in one transaction; the total is the
 * lines' sum. What was paid is not typed here: it is the sum of the invoice's payments, and the
 * lines may not come to less than that (the difference is refunded first).
 */
export async function saveInvoice(viewer: StaffViewer, invoiceId: string | null, input: InvoiceInput, requestKey?: string) {
  const totalCents = totalOf(input.lines);
  return saveAccountRecord(viewer, "invoice", invoiceId, input, requestKey, {
    prepare: async (tx, { errors }) => {
      const taken = await numberProblem(tx, "invoice", input.number, invoiceId);
      if (taken) errors.number = taken;
      const [paid] = isUuid(invoiceId)
        ? await tx.select({ cents: invoices.amountPaidCents }).from(invoices).where(eq(invoices.id, invoiceId)).for("update")
        : [];
      if (paid && totalCents < paid.cents) {
        const { currency } = await getPublicBranding();
        errors.lines =
          `These lines come to ${formatMoney(totalCents, currency)}, less than the ${formatMoney(paid.cents, currency)} already paid. ` +
          "Add what is missing, or refund the difference before lowering the invoice.";
      }
      return {
        number: input.number,
        status: input.status,
        issuedOn: input.issuedOn,
        dueOn: input.dueOn,
        managerId: input.managerId,
        totalCents,
      };
    },
    after: (tx, saved) => replaceLines(tx, "invoice", saved.id, input.lines),
  });
}
