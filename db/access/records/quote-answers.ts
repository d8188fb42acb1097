import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { isSameName, tidyName } from "@/lib/typed-name";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { invoices, quoteResponses, quotes } from "@/db/schema";
import { recordActivity } from "../collaboration/activity";
import { notify } from "../collaboration/notify";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql } from "../permissions/resolver";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";
import { linesOf, replaceLines } from "./priced";
import { auditRecordSaved } from "./save";
import { mayViewRecord } from "./visibility";

// A client's answer to a quote: accept (their typed full name as signature), decline with a
// reason, or ask for changes. One answer per version; an accepted quote is pinned by the SHA-256
// of what was accepted and locked by the database (migration 0039). Staff answer "changes
// requested" by revising the quote and sending it as the next version.

export const quoteAnswerSchema = z
  .object({
    decision: z.enum(["accepted", "declined", "changes_requested"], "Choose accept, decline or ask for changes."),
    comment: z.string().trim().max(5000, "Keep it under 5,000 characters.").default(""),
    typedName: z.string().trim().max(200, "Keep it under 200 characters.").default(""),
  })
  .superRefine((answer, context) => {
    if (answer.decision === "declined" && !answer.comment)
      context.addIssue({ code: "custom", path: ["comment"], message: "Say why you decline it, so the team knows." });
    if (answer.decision === "changes_requested" && !answer.comment)
      context.addIssue({ code: "custom", path: ["comment"], message: "Say what should change." });
    if (!answer.typedName) context.addIssue({ code: "custom", path: ["typedName"], message: "Type your full name to confirm." });
  });
export type QuoteAnswer = z.infer<typeof quoteAnswerSchema>;

export type QuoteContent = {
  number: string;
  title: string;
  version: number;
  validUntil: string | null;
  totalCents: number;
  /** Versions answered before lines had tax carry no rate: none. */
  lines: { description: string; quantity: number; unitCents: number; taxBasisPoints?: number }[];
};

/** The SHA-256 of a version as answered: its fields in a fixed order, so the same quote always hashes alike. */
export function quoteContentHash(content: QuoteContent) {
  const ordered = {
    number: content.number,
    title: content.title,
    version: content.version,
    validUntil: content.validUntil,
    totalCents: content.totalCents,
    // A rate only where there is one, so a version answered before lines had tax hashes as it did.
    lines: content.lines.map(({ description, quantity, unitCents, taxBasisPoints }) => ({
      description,
      quantity,
      unitCents,
      ...(taxBasisPoints ? { taxBasisPoints } : {}),
    })),
  };
  return createHash("sha256").update(JSON.stringify(ordered)).digest("hex");
}

export type AnswerResult = { ok: true; decision: QuoteAnswer["decision"] } | { ok: false; error: string; field?: "typedName" | "comment" };

const NOT_THERE = "This quote is not there any more, or not open to you.";

/** Contact with `quotes.accept` on the quote: their answer to its current version. */
export async function answerQuote(
  viewer: ContactViewer,
  quoteId: string,
  input: QuoteAnswer,
  from: { ip?: string; userAgent?: string },
): Promise<AnswerResult> {
  if (viewer.viewAs || !isUuid(quoteId)) return { ok: false, error: NOT_THERE };
  const who = actingAs(viewer);
  return db.transaction(async (tx): Promise<AnswerResult> => {
    const [quote] = await tx
      .select({
        id: quotes.id,
        accountId: quotes.accountId,
        managerId: quotes.managerId,
        number: quotes.number,
        title: quotes.title,
        status: quotes.status,
        version: quotes.version,
        validUntil: quotes.validUntil,
        totalCents: quotes.totalCents,
        isExpired: sql<boolean>`${quotes.validUntil} is not null and ${quotes.validUntil} < current_date`,
        mayAnswer: allowedSql(who, "quotes.accept", { type: "quote", id: quotes.id }),
      })
      .from(quotes)
      .where(and(eq(quotes.id, quoteId), eq(quotes.accountId, who.accountId), mayViewRecord(who, "quote")))
      .for("update", { of: quotes });
    if (!quote) return { ok: false, error: NOT_THERE };
    if (!quote.mayAnswer) return { ok: false, error: "You may read this quote but not answer it. Ask the team if you should." };
    if (quote.status !== "sent") return { ok: false, error: alreadyAnswered(quote.status) };
    if (quote.isExpired && input.decision === "accepted")
      return {
        ok: false,
        error: "This quote's “valid until” date has passed, so it can no longer be accepted. Ask the team for a new one.",
      };
    if (!isSameName(input.typedName, viewer.name))
      return { ok: false, field: "typedName", error: `To confirm, type your full name as we have it: ${viewer.name}.` };

    const { number, title, version, validUntil, totalCents } = quote;
    const content: QuoteContent = { number, title, version, validUntil, totalCents, lines: await linesOf(tx, "quote", quote.id) };
    await tx.insert(quoteResponses).values({
      quoteId: quote.id,
      version: quote.version,
      contactId: viewer.userId,
      decision: input.decision,
      comment: input.comment,
      typedName: tidyName(input.typedName),
      ip: from.ip,
      userAgent: from.userAgent?.slice(0, 500),
      content,
      contentHash: quoteContentHash(content),
    });
    await tx.update(quotes).set({ status: input.decision }).where(eq(quotes.id, quote.id));
    await tell(tx, viewer, quote, input);
    return { ok: true, decision: input.decision };
  });
}

function alreadyAnswered(status: string) {
  if (status === "accepted") return "This quote is already accepted.";
  if (status === "declined") return "This quote was declined. Ask the team if you would like a new one.";
  if (status === "changes_requested") return "Changes were asked for; the team will send a revised version to answer.";
  if (status === "expired") return "This quote has expired. Ask the team for a new one.";
  return "This quote cannot be answered now.";
}

const said = { accepted: "accepted", declined: "declined", changes_requested: "asked for changes to" } as const;
const verbs = { accepted: "accepted", declined: "declined", changes_requested: "changes_requested" } as const;

async function tell(
  tx: Transaction,
  viewer: ContactViewer,
  quote: { id: string; accountId: string; managerId: string | null; number: string; title: string; version: number },
  input: QuoteAnswer,
) {
  const record = { type: "quote" as const, id: quote.id, accountId: quote.accountId };
  await recordActivity(tx, {
    accountId: quote.accountId,
    actorId: viewer.userId,
    verb: verbs[input.decision],
    type: "quote",
    id: quote.id,
    title: quote.title,
  });
  await recordAudit(tx, {
    action: "quote.answered",
    actorUserId: viewer.userId,
    accountId: quote.accountId,
    detail: { quoteId: quote.id, version: quote.version, decision: input.decision },
  });
  await notify(tx, {
    kind: "quotes",
    record,
    to: [quote.managerId],
    actorId: viewer.userId,
    headline: `${viewer.name} ${said[input.decision]} quote ${quote.number} (${quote.title})`,
    excerpt: input.comment || null,
    actionLabel: "Open the quote",
    isStaffOnly: true,
  });
}

/**
 * Staff: send the revised quote as its next version, after the client asked for changes. The
 * client who asked is told.
 */
export async function sendRevisedQuote(viewer: StaffViewer, quoteId: string): Promise<{ ok: true } | { ok: false; error: string }> {
  assertStaff(viewer, "clients");
  if (!isUuid(quoteId)) return { ok: false, error: "This quote is not there any more." };
  return db.transaction(async (tx) => {
    const [quote] = await tx
      .update(quotes)
      .set({ status: "sent", version: sql`${quotes.version} + 1` })
      .where(and(eq(quotes.id, quoteId), eq(quotes.status, "changes_requested")))
      .returning({ id: quotes.id, accountId: quotes.accountId, number: quotes.number, title: quotes.title, version: quotes.version });
    if (!quote) return { ok: false as const, error: "Only a quote the client sent back can be sent as a new version." };
    const [asker] = await tx
      .select({ contactId: quoteResponses.contactId })
      .from(quoteResponses)
      .where(and(eq(quoteResponses.quoteId, quote.id), eq(quoteResponses.version, quote.version - 1)));
    await recordAudit(tx, {
      action: "quote.revised",
      actorUserId: viewer.userId,
      accountId: quote.accountId,
      detail: { quoteId, version: quote.version },
    });
    await recordActivity(tx, {
      accountId: quote.accountId,
      actorId: viewer.userId,
      verb: "revised",
      type: "quote",
      id: quote.id,
      title: quote.title,
    });
    await notify(tx, {
      kind: "quotes",
      record: { type: "quote", id: quote.id, accountId: quote.accountId },
      to: [asker?.contactId],
      actorId: viewer.userId,
      headline: `Quote ${quote.number} (${quote.title}) is revised: version ${quote.version} is ready for your answer`,
      actionLabel: "Open the quote",
    });
    return { ok: true as const };
  });
}

/**
 * Staff: an accepted quote turned into a draft invoice with its lines, in one step. Once only: a
 * second request (a double click, a retry) answers the invoice already made.
 */
export async function invoiceFromQuote(
  viewer: StaffViewer,
  quoteId: string,
): Promise<{ ok: true; invoiceId: string } | { ok: false; error: string }> {
  assertStaff(viewer, "clients");
  if (!isUuid(quoteId)) return { ok: false, error: "This quote is not there any more." };
  return db.transaction(async (tx) => {
    const [quote] = await tx
      .select({
        id: quotes.id,
        accountId: quotes.accountId,
        managerId: quotes.managerId,
        number: quotes.number,
        status: quotes.status,
        invoiceId: quotes.invoiceId,
        totalCents: quotes.totalCents,
      })
      .from(quotes)
      .where(eq(quotes.id, quoteId))
      .for("update");
    if (!quote) return { ok: false as const, error: "This quote is not there any more." };
    if (quote.invoiceId) return { ok: true as const, invoiceId: quote.invoiceId };
    if (quote.status !== "accepted") return { ok: false as const, error: "Only an accepted quote can be turned into an invoice." };
    const [invoice] = await tx
      .insert(invoices)
      .values({
        accountId: quote.accountId,
        managerId: quote.managerId,
        number: await freeInvoiceNumber(tx, quote.number),
        status: "draft",
        issuedOn: sql`current_date`,
        totalCents: quote.totalCents,
      })
      .returning({ id: invoices.id });
    await replaceLines(tx, "invoice", invoice!.id, await linesOf(tx, "quote", quote.id));
    await tx.update(quotes).set({ invoiceId: invoice!.id }).where(eq(quotes.id, quote.id));
    await auditRecordSaved(tx, viewer, { type: "invoice", id: invoice!.id, accountId: quote.accountId, isNew: true });
    return { ok: true as const, invoiceId: invoice!.id };
  });
}

/** "INV-" and the quote's number without its own prefix, with -2, -3… if an invoice has it already. */
async function freeInvoiceNumber(tx: Transaction, quoteNumber: string) {
  const base = `INV-${quoteNumber.replace(/^(Q|QUO|QUOTE)-/i, "")}`;
  const taken = await tx
    .select({ number: invoices.number })
    .from(invoices)
    .where(sql`${invoices.number} = ${base} or ${invoices.number} like ${`${base}-%`}`);
  const numbers = new Set(taken.map((row) => row.number));
  let candidate = base;
  for (let suffix = 2; numbers.has(candidate); suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}
