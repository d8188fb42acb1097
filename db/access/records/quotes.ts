import "server-only";
import { linesOf, numberProblem, replaceLines } from "./priced";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { quoteResponses, quotes, quoteStatus } from "@/db/schema";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, linesSchema, managerSchema, optionalDateSchema, requiredDateSchema, titleSchema, totalOf } from "./inputs";
import { accountName, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const quoteStatuses = quoteStatus.enumValues;
const quoteSorts = { issued: sortText(quotes.issuedOn, "desc"), valid: sortText(quotes.validUntil), title: sortText(quotes.title) };
const quoteColumns = {
  id: quotes.id,
  number: quotes.number,
  title: quotes.title,
  status: quotes.status,
  issuedOn: quotes.issuedOn,
  validUntil: quotes.validUntil,
  totalCents: quotes.totalCents,
};

/** Contact: the quotes of their account they may see (never drafts), one page. */
export async function listMyQuotes(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: quotes,
    select: quoteColumns,
    where: [
      eq(quotes.accountId, who.accountId),
      mayViewRecord(who, "quote"),
      searchCondition(options.query, [quotes.number, quotes.title]),
      isOneOf(quoteStatuses, options.status) ? eq(quotes.status, options.status) : undefined,
    ],
    sort: quoteSorts[isOneOf(["issued", "valid", "title"] as const, options.sort) ? options.sort : "issued"],
    cursor: options.cursor,
  });
}

/** Contact: one quote with its lines and files, or null. */
export async function getMyQuote(viewer: ContactViewer, quoteId: string) {
  if (!isUuid(quoteId)) return null;
  const who = actingAs(viewer);
  const [quote] = await db
    .select({
      ...quoteColumns,
      managerName: personName(quotes.managerId),
      mayAccept: allowedSql(who, "quotes.accept", { type: "quote", id: quotes.id }),
      isExpired: sql<boolean>`${quotes.validUntil} is not null and ${quotes.validUntil} < current_date`,
      version: quotes.version,
    })
    .from(quotes)
    .where(and(eq(quotes.id, quoteId), eq(quotes.accountId, who.accountId), mayViewRecord(who, "quote")));
  if (!quote) return null;
  const [lines, files, answers] = await Promise.all([
    linesOf(db, "quote", quoteId),
    unsafeListAttachedFiles(who.accountId, quoteId),
    answersOf(quoteId, { withProof: false }),
  ]);
  return { ...quote, mayAccept: quote.mayAccept && !viewer.viewAs, lines, files, answers };
}

export const quoteInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  number: titleSchema("Quote number"),
  title: titleSchema("Title"),
  status: z.enum(quoteStatuses, "Choose a status."),
  issuedOn: requiredDateSchema,
  validUntil: optionalDateSchema,
  managerId: managerSchema,
  lines: linesSchema,
});
export type QuoteInput = z.infer<typeof quoteInputSchema>;

/** Staff: every quote, newest first. */
export async function listQuotes(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: quotes,
    select: {
      id: quotes.id,
      number: quotes.number,
      title: quotes.title,
      status: quotes.status,
      totalCents: quotes.totalCents,
      accountName: accountName(quotes.accountId),
      managerName: personName(quotes.managerId),
    },
    where: [
      searchCondition(options.query, [quotes.number, quotes.title, accountName(quotes.accountId)]),
      isOneOf(quoteStatuses, options.status) ? eq(quotes.status, options.status) : undefined,
    ],
    sort: quoteSorts.issued,
    cursor: options.cursor,
  });
}

/** Staff: one quote with its lines, to edit. */
export async function getQuote(viewer: StaffViewer, quoteId: string) {
  assertStaff(viewer);
  if (!isUuid(quoteId)) return null;
  const [quote] = await db
    .select({
      ...quoteColumns,
      managerId: quotes.managerId,
      accountId: quotes.accountId,
      accountName: accountName(quotes.accountId),
      version: quotes.version,
      invoiceId: quotes.invoiceId,
    })
    .from(quotes)
    .where(eq(quotes.id, quoteId));
  if (!quote) return null;
  const [lines, answers] = await Promise.all([linesOf(db, "quote", quoteId), answersOf(quoteId, { withProof: true })]);
  return { ...quote, lines, answers };
}

/** Staff: creates or updates a quote and replaces its lines, in one transaction. */
export async function saveQuote(viewer: StaffViewer, quoteId: string | null, input: QuoteInput, requestKey?: string) {
  return saveAccountRecord(viewer, "quote", quoteId, input, requestKey, {
    prepare: async (tx, { errors }) => {
      const taken = await numberProblem(tx, "quote", input.number, quoteId);
      if (taken) errors.number = taken;
      if (quoteId && (await isAccepted(tx, quoteId)))
        errors.form = "This quote was accepted by the client, so it can no longer change. Make a new quote for anything more.";
      return {
        number: input.number,
        title: input.title,
        status: input.status,
        issuedOn: input.issuedOn,
        validUntil: input.validUntil,
        managerId: input.managerId,
        totalCents: totalOf(input.lines),
      };
    },
    after: (tx, saved) => replaceLines(tx, "quote", saved.id, input.lines),
  });
}

/** Accepted quotes are locked (the database refuses too, migration 0039): read under the row's lock. */
async function isAccepted(tx: Transaction, quoteId: string) {
  const [quote] = await tx.select({ status: quotes.status }).from(quotes).where(eq(quotes.id, quoteId)).for("update");
  return quote?.status === "accepted";
}

/**
 * A quote's answers, oldest first, for a read that has checked the viewer. What proves each (IP,
 * browser) is for staff: a contact does not see where a colleague answered from.
 */
function answersOf(quoteId: string, { withProof }: { withProof: boolean }) {
  return db
    .select({
      version: quoteResponses.version,
      decision: quoteResponses.decision,
      comment: quoteResponses.comment,
      typedName: quoteResponses.typedName,
      content: quoteResponses.content,
      contentHash: quoteResponses.contentHash,
      createdAt: quoteResponses.createdAt,
      ...(withProof ? { ip: quoteResponses.ip, userAgent: quoteResponses.userAgent } : {}),
    })
    .from(quoteResponses)
    .where(eq(quoteResponses.quoteId, quoteId))
    .orderBy(asc(quoteResponses.version));
}
