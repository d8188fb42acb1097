import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { invoices, paymentAttempts, payments } from "@/db/schema";
import { env } from "@/env";
import { formatMoney } from "@/lib/format";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getPublicBranding } from "../branding/live";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql } from "../permissions/resolver";
import { moneySchema } from "../records/inputs";
import { mayViewRecord } from "../records/visibility";
import type { ContactViewer } from "../viewer/viewer";
import { getPaymentSettings } from "./settings";

// A client paying an invoice online: our side decides the amount (all that is due, or a part when
// the business allows it), records the attempt, and sends the client to the provider's page. The
// payment itself is recorded only when the provider's signed event says so (events.ts).

export const payInvoiceSchema = z.object({
  invoiceId: z.uuid(),
  // The attempt's own id, fixed when the form was drawn: a repeated submit finds the same checkout.
  requestKey: z.uuid(),
  amount: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(moneySchema.optional()),
});
export type PayInvoiceInput = z.infer<typeof payInvoiceSchema>;

export type StartResult = { ok: true; url: string } | { ok: false; error: string; field?: "amount" };

const NOT_THERE = "This invoice is not there any more, or not open to you.";
const UNAVAILABLE = "Online payment is not available just now, and nothing was taken. Try again in a few minutes, or pay by bank transfer.";
/** Providers refuse tiny charges; a pound, euro or dollar is above every provider's floor. */
const SMALLEST_PART_CENTS = 100;

/** Contact with `invoices.pay` on the invoice: starts a payment and answers the provider's page to open. */
export async function startInvoicePayment(
  viewer: ContactViewer,
  input: PayInvoiceInput,
  provider: PaymentProvider | null,
): Promise<StartResult> {
  if (viewer.viewAs) return { ok: false, error: "While viewing the portal as a client, nothing can be paid." };
  if (!provider) return { ok: false, error: "This business does not take payment online. Pay by bank transfer, as the invoice says." };
  const who = actingAs(viewer);
  const [{ currency, portalName }, settings] = await Promise.all([getPublicBranding(), getPaymentSettings(viewer)]);

  // Decided in one transaction holding the invoice: an answer now, or the attempt to start.
  const decided = await db.transaction(async (tx): Promise<StartResult | { start: { number: string; amountCents: number } }> => {
    const [invoice] = await tx
      .select({
        id: invoices.id,
        number: invoices.number,
        status: invoices.status,
        dueCents: sql<number>`${invoices.totalCents} - ${invoices.amountPaidCents}`,
        mayPay: allowedSql(who, "invoices.pay", { type: "invoice", id: invoices.id }),
      })
      .from(invoices)
      .where(and(eq(invoices.id, input.invoiceId), eq(invoices.accountId, who.accountId), mayViewRecord(who, "invoice")))
      .for("update", { of: invoices });
    if (!invoice) return { ok: false, error: NOT_THERE };
    if (!invoice.mayPay) return { ok: false, error: "You may see this invoice but not pay it. Ask the team if you should." };
    if (invoice.status !== "open" || invoice.dueCents <= 0) return { ok: false, error: nothingToPay(invoice.status) };

    const [earlier] = await tx
      .select({ contactId: paymentAttempts.contactId, invoiceId: paymentAttempts.invoiceId, url: paymentAttempts.checkoutUrl })
      .from(paymentAttempts)
      .where(eq(paymentAttempts.id, input.requestKey));
    if (earlier) {
      if (earlier.contactId !== viewer.userId || earlier.invoiceId !== invoice.id || !earlier.url)
        return { ok: false, error: "This payment form was already used. Reload the page and try again." };
      return { ok: true, url: earlier.url };
    }

    const amountCents = input.amount ?? invoice.dueCents;
    const problem = amountProblem(amountCents, invoice.dueCents, settings.allowPartPayments, currency);
    if (problem) return { ok: false, error: problem, field: "amount" };

    // The same amount started in the last hour and not finished: that page is still good.
    const [open] = await tx
      .select({ url: paymentAttempts.checkoutUrl })
      .from(paymentAttempts)
      .where(
        and(
          eq(paymentAttempts.invoiceId, invoice.id),
          eq(paymentAttempts.contactId, viewer.userId),
          eq(paymentAttempts.status, "pending"),
          eq(paymentAttempts.amountCents, amountCents),
          gt(paymentAttempts.createdAt, sql`now() - interval '1 hour'`),
          sql`${paymentAttempts.checkoutUrl} is not null`,
        ),
      )
      .orderBy(desc(paymentAttempts.createdAt))
      .limit(1);
    if (open?.url) return { ok: true, url: open.url };

    await tx.insert(paymentAttempts).values({
      id: input.requestKey,
      invoiceId: invoice.id,
      accountId: who.accountId,
      contactId: viewer.userId,
      provider: provider.name,
      amountCents,
      currency,
    });
    return { start: { number: invoice.number, amountCents } };
  });
  if (!("start" in decided)) return decided;

  const attemptId = input.requestKey;
  try {
    const checkout = await provider.createCheckout({
      attemptId,
      invoiceId: input.invoiceId,
      accountId: who.accountId,
      invoiceNumber: decided.start.number,
      businessName: portalName,
      amountCents: decided.start.amountCents,
      currency,
      payerEmail: viewer.email,
      successUrl: `${env.APP_URL}/invoices/${input.invoiceId}?payment=${attemptId}`,
      cancelUrl: `${env.APP_URL}/invoices/${input.invoiceId}?payment=${attemptId}&left=1`,
    });
    await db.update(paymentAttempts).set({ providerRef: checkout.ref, checkoutUrl: checkout.url }).where(eq(paymentAttempts.id, attemptId));
    return { ok: true, url: checkout.url };
  } catch (error) {
    console.error("Starting an online payment failed", error);
    // Nothing was taken and nothing is pending: the attempt goes, so the same form can try again
    // (with the same idempotency key, the provider answers the page it made, if it made one).
    await db.delete(paymentAttempts).where(and(eq(paymentAttempts.id, attemptId), sql`${paymentAttempts.providerRef} is null`));
    return { ok: false, error: UNAVAILABLE };
  }
}

function nothingToPay(status: string) {
  if (status === "paid") return "This invoice is paid in full. Thank you.";
  if (status === "void") return "This invoice was cancelled, so there is nothing to pay.";
  return "There is nothing to pay on this invoice.";
}

function amountProblem(amountCents: number, dueCents: number, allowPart: boolean, currency: string): string | null {
  const due = formatMoney(dueCents, currency);
  if (amountCents > dueCents) return `That is more than the ${due} still to pay.`;
  if (amountCents === dueCents) return null;
  if (!allowPart) return `This invoice is paid in full: ${due}.`;
  if (amountCents < SMALLEST_PART_CENTS) return `Pay at least ${formatMoney(SMALLEST_PART_CENTS, currency)}, or the whole ${due}.`;
  return null;
}

/**
 * Contact, back from the provider's page: what became of their own attempt, read from what the
 * provider's events told us (so "confirming" until the event arrives), or null if not theirs.
 */
export async function getMyPaymentAttempt(viewer: ContactViewer, invoiceId: string, attemptId: string) {
  if (!isUuid(invoiceId) || !isUuid(attemptId)) return null;
  const [attempt] = await db
    .select({
      status: paymentAttempts.status,
      amountCents: paymentAttempts.amountCents,
      currency: paymentAttempts.currency,
      failure: paymentAttempts.failure,
      // Past this, the page stops waiting and says what to do instead.
      isLongUnconfirmed: sql<boolean>`${paymentAttempts.createdAt} < now() - interval '10 minutes'`,
      receiptNumber: payments.receiptNumber,
      receiptSentTo: payments.receiptSentTo,
    })
    .from(paymentAttempts)
    .leftJoin(payments, eq(payments.attemptId, paymentAttempts.id))
    .where(
      and(
        eq(paymentAttempts.id, attemptId),
        eq(paymentAttempts.invoiceId, invoiceId),
        eq(paymentAttempts.accountId, viewer.accountId),
        eq(paymentAttempts.contactId, viewer.userId),
      ),
    );
  return attempt ?? null;
}
