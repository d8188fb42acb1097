import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { invoices, paymentAttempts, paymentEvents, payments } from "@/db/schema";
import { formatMoney } from "@/lib/format";
import type { Claimed, PaymentOutcome, ProviderEvent } from "@/lib/payments/provider";
import { notify } from "../collaboration/notify";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { recordPaymentIn, recordRefundIn } from "./ledger";

// What a provider's verified event does here. No viewer: the webhook's signature is the
// credential, checked before this is called. The event's id is recorded in the same transaction as
// its effect, so a redelivered or replayed event finds it taken and changes nothing; and nothing an
// event claims is believed unless it agrees with the attempt we recorded when the payment began.

export type EventResult = { outcome: "recorded" | "ignored" | "refused" | "duplicate"; reason?: string };

/** Webhook only, after the signature was verified: applies the event once. */
export async function unsafeApplyPaymentEvent(provider: string, event: ProviderEvent): Promise<EventResult> {
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(paymentEvents)
      .values({ provider, eventId: event.id, type: event.type, outcome: "processing" })
      .onConflictDoNothing()
      .returning({ eventId: paymentEvents.eventId });
    if (!fresh) return { outcome: "duplicate" as const };
    const result = await apply(tx, provider, event.outcome);
    await tx
      .update(paymentEvents)
      .set({ outcome: result.outcome, reason: result.reason ?? null, detail: detailOf(event.outcome) })
      .where(and(eq(paymentEvents.provider, provider), eq(paymentEvents.eventId, event.id)));
    if (result.outcome === "refused") {
      console.warn(`Payment event ${event.id} (${event.type}) refused: ${result.reason}`);
      await recordAudit(tx, {
        action: "payment.refused",
        detail: { provider, eventId: event.id, type: event.type, reason: result.reason },
      });
    }
    return result;
  });
}

function apply(tx: Transaction, provider: string, outcome: PaymentOutcome): Promise<EventResult> {
  switch (outcome.kind) {
    case "paid":
      return applyPaid(tx, provider, outcome);
    case "failed":
    case "expired":
      return applyUnpaid(tx, outcome);
    case "refunded":
      return applyRefund(tx, provider, outcome);
    case "ignored":
      return Promise.resolve({ outcome: "ignored", reason: "Not an event about payments." });
  }
}

const refused = (reason: string): EventResult => ({ outcome: "refused", reason });

/** Our attempt this event is about: by the id our request gave it, else by the provider's checkout id. */
async function attemptOf(tx: Transaction, claimed: Claimed, checkoutRef: string | undefined) {
  const where = isUuid(claimed.attemptId)
    ? eq(paymentAttempts.id, claimed.attemptId)
    : checkoutRef
      ? eq(paymentAttempts.providerRef, checkoutRef)
      : undefined;
  if (!where) return undefined;
  const [attempt] = await tx.select().from(paymentAttempts).where(where).for("update");
  return attempt;
}

async function applyPaid(tx: Transaction, provider: string, paid: Extract<PaymentOutcome, { kind: "paid" }>): Promise<EventResult> {
  const attempt = await attemptOf(tx, paid.claimed, paid.checkoutRef);
  if (!attempt || attempt.provider !== provider) return refused("No payment started here matches this checkout.");
  if (attempt.providerRef && attempt.providerRef !== paid.checkoutRef) return refused("The checkout is not the one this payment started.");
  if (paid.claimed.invoiceId !== attempt.invoiceId || paid.claimed.accountId !== attempt.accountId)
    return refused("The event names another account's invoice than the payment that was started.");
  if (paid.amountCents !== attempt.amountCents || paid.currency !== attempt.currency)
    return refused(
      `The amount paid (${paid.amountCents} ${paid.currency}) is not the amount asked (${attempt.amountCents} ${attempt.currency}).`,
    );
  if (attempt.status === "succeeded") return { outcome: "ignored", reason: "This payment is recorded already." };
  const [invoice] = await tx
    .select({ id: invoices.id, accountId: invoices.accountId, number: invoices.number, managerId: invoices.managerId })
    .from(invoices)
    .where(eq(invoices.id, attempt.invoiceId))
    .for("update");
  if (!invoice || invoice.accountId !== attempt.accountId) return refused("The invoice of this payment belongs to another account.");
  const [already] = await tx.select({ id: payments.id }).from(payments).where(eq(payments.providerRef, paid.paymentRef));
  if (already) return { outcome: "ignored", reason: "This payment is recorded already." };

  await tx
    .update(paymentAttempts)
    .set({ status: "succeeded", providerRef: paid.checkoutRef, failure: null, settledAt: sql`now()` })
    .where(eq(paymentAttempts.id, attempt.id));
  await recordPaymentIn(tx, {
    invoice,
    amountCents: paid.amountCents,
    currency: paid.currency,
    method: "card",
    reference: paid.paymentRef,
    provider,
    providerRef: paid.paymentRef,
    attemptId: attempt.id,
    payerId: attempt.contactId,
  });
  return { outcome: "recorded" };
}

async function applyUnpaid(tx: Transaction, unpaid: Extract<PaymentOutcome, { kind: "failed" | "expired" }>): Promise<EventResult> {
  const attempt = await attemptOf(tx, unpaid.claimed, unpaid.checkoutRef);
  if (!attempt) return { outcome: "ignored", reason: "No payment started here matches this event." };
  if (attempt.status !== "pending" && attempt.status !== "failed")
    return { outcome: "ignored", reason: `The payment is ${attempt.status} already.` };
  const failure = unpaid.kind === "failed" ? unpaid.reason : "The payment page expired before anything was paid.";
  // A declined card is shown on the payment page itself, where the client can try another card:
  // the checkout stays open and only its last problem is kept. A payment that failed after they
  // left (a bank debit) ends the attempt, and is worth an email.
  const isOver = unpaid.kind === "expired" || Boolean(unpaid.checkoutRef);
  await tx
    .update(paymentAttempts)
    .set(isOver ? { status: unpaid.kind, failure, settledAt: sql`now()` } : { failure })
    .where(eq(paymentAttempts.id, attempt.id));
  if (unpaid.kind === "failed" && unpaid.checkoutRef) {
    const [invoice] = await tx.select({ number: invoices.number }).from(invoices).where(eq(invoices.id, attempt.invoiceId));
    await notify(tx, {
      kind: "payments",
      record: { type: "invoice", id: attempt.invoiceId, accountId: attempt.accountId },
      to: [attempt.contactId],
      actorId: null,
      headline: `Your payment of ${formatMoney(attempt.amountCents, attempt.currency)} for invoice ${invoice?.number ?? ""} did not go through`,
      excerpt: `${failure} Nothing was taken; you can pay again from the invoice.`,
      actionLabel: "Open the invoice",
    });
    await recordAudit(tx, {
      action: "payment.failed",
      accountId: attempt.accountId,
      detail: { invoiceId: attempt.invoiceId, attemptId: attempt.id, reason: failure },
    });
  }
  return { outcome: "recorded" };
}

async function applyRefund(tx: Transaction, provider: string, refund: Extract<PaymentOutcome, { kind: "refunded" }>): Promise<EventResult> {
  const [payment] = await tx
    .select({ id: payments.id, amountCents: payments.amountCents, currency: payments.currency })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, refund.paymentRef)));
  if (!payment) return { outcome: "ignored", reason: "The refund is of a payment not taken here." };
  if (refund.currency !== payment.currency || refund.refundedCents > payment.amountCents)
    return refused(
      `The refund (${refund.refundedCents} ${refund.currency}) does not fit the payment (${payment.amountCents} ${payment.currency}).`,
    );
  const { newlyRefunded } = await recordRefundIn(tx, payment.id, refund.refundedCents);
  return newlyRefunded > 0 ? { outcome: "recorded" } : { outcome: "ignored", reason: "This refund is recorded already." };
}

/** What staff may want to read later about an event: never card details (events carry none we keep). */
function detailOf(outcome: PaymentOutcome) {
  switch (outcome.kind) {
    case "paid":
      return {
        checkoutRef: outcome.checkoutRef,
        paymentRef: outcome.paymentRef,
        amountCents: outcome.amountCents,
        currency: outcome.currency,
      };
    case "refunded":
      return { paymentRef: outcome.paymentRef, refundedCents: outcome.refundedCents, currency: outcome.currency };
    case "failed":
    case "expired":
      return { checkoutRef: outcome.checkoutRef ?? null, attemptId: outcome.claimed.attemptId ?? null };
    case "ignored":
      return null;
  }
}
