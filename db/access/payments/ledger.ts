import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { accounts, businessSettings, invoices, payments, users } from "@/db/schema";
import { env } from "@/env";
import { formatDay, formatMoney } from "@/lib/format";
import { paymentMethodLabels, type PaymentMethod } from "@/lib/payments/methods";
import { recordActivity } from "../collaboration/activity";
import { notify } from "../collaboration/notify";
import { getPublicBranding } from "../branding/live";
import { recordAudit } from "../kit/audit";
import { queueEmail } from "../outbox/outbox";

// The one way money is written against an invoice: a payment (online or recorded by staff) or a
// refund of one. Each keeps the invoice's amount paid equal to its payments less refunds, moves it
// between open and paid, emails the receipt and tells staff, all in the caller's transaction.

export type InvoiceForPayment = { id: string; accountId: string; number: string; managerId: string | null };

export type NewPayment = {
  invoice: InvoiceForPayment;
  amountCents: number;
  currency: string;
  method: PaymentMethod;
  receivedOn?: string;
  reference?: string;
  provider?: string;
  providerRef?: string;
  attemptId?: string;
  /** The contact who paid online; the receipt goes to them. */
  payerId?: string | null;
  /** The staff member who recorded a transfer. */
  recordedById?: string | null;
  /** Contacts who get the receipt of a recorded payment. */
  receiptToIds?: string[];
};

/** Inside a transaction holding the invoice's row lock: records the payment and all that follows it. */
export async function recordPaymentIn(tx: Transaction, payment: NewPayment) {
  const [saved] = await tx
    .insert(payments)
    .values({
      invoiceId: payment.invoice.id,
      accountId: payment.invoice.accountId,
      amountCents: payment.amountCents,
      currency: payment.currency,
      method: payment.method,
      receivedOn: payment.receivedOn,
      reference: payment.reference ?? "",
      provider: payment.provider,
      providerRef: payment.providerRef,
      attemptId: payment.attemptId,
      payerId: payment.payerId,
      recordedById: payment.recordedById,
    })
    .returning({ id: payments.id, receiptNumber: payments.receiptNumber, receivedOn: payments.receivedOn });
  const invoice = await moveAmountPaid(tx, payment.invoice.id, payment.amountCents);
  const receiptTo = [...new Set([payment.payerId, ...(payment.receiptToIds ?? [])].filter((id): id is string => Boolean(id)))];
  const sentTo = await sendReceipts(tx, {
    moment: "received",
    contactIds: receiptTo,
    accountId: payment.invoice.accountId,
    receiptNumber: saved!.receiptNumber,
    invoice: { ...payment.invoice, ...invoice },
    amountCents: payment.amountCents,
    currency: payment.currency,
    method: payment.method,
    day: saved!.receivedOn,
  });
  await tx.update(payments).set({ receiptSentTo: sentTo }).where(eq(payments.id, saved!.id));

  const amount = formatMoney(payment.amountCents, payment.currency);
  const actorId = payment.payerId ?? payment.recordedById ?? null;
  await recordActivity(tx, {
    accountId: payment.invoice.accountId,
    actorId,
    verb: payment.payerId ? "paid" : "payment_recorded",
    type: "invoice",
    id: payment.invoice.id,
    title: payment.invoice.number,
  });
  await recordAudit(tx, {
    action: "payment.recorded",
    actorUserId: actorId,
    accountId: payment.invoice.accountId,
    detail: { invoiceId: payment.invoice.id, paymentId: saved!.id, amountCents: payment.amountCents, method: payment.method },
  });
  await notify(tx, {
    kind: "payments",
    record: { type: "invoice", id: payment.invoice.id, accountId: payment.invoice.accountId },
    to: await staffToTell(tx, payment.invoice.managerId),
    actorId: payment.recordedById ?? null,
    headline: `${amount} received for invoice ${payment.invoice.number}${invoice.status === "paid" ? ", now paid in full" : ""}`,
    actionLabel: "Open the invoice",
    isStaffOnly: true,
  });
  return { id: saved!.id, receiptNumber: saved!.receiptNumber, invoiceStatus: invoice.status };
}

/**
 * Inside a transaction: the provider says `refundedCents` of this payment is refunded in all. A
 * refund reported again, or an older total arriving late, changes nothing.
 */
export async function recordRefundIn(tx: Transaction, paymentId: string, refundedCents: number) {
  const [before] = await tx
    .select({ refundedCents: payments.refundedCents })
    .from(payments)
    .where(eq(payments.id, paymentId))
    .for("update");
  const newlyRefunded = refundedCents - (before?.refundedCents ?? refundedCents);
  if (newlyRefunded <= 0) return { newlyRefunded: 0 };
  const [payment] = await tx.update(payments).set({ refundedCents }).where(eq(payments.id, paymentId)).returning({
    invoiceId: payments.invoiceId,
    accountId: payments.accountId,
    receiptNumber: payments.receiptNumber,
    currency: payments.currency,
    method: payments.method,
    payerId: payments.payerId,
  });
  const [invoice] = await tx
    .select({ id: invoices.id, number: invoices.number, managerId: invoices.managerId })
    .from(invoices)
    .where(eq(invoices.id, payment!.invoiceId));
  const moved = await moveAmountPaid(tx, payment!.invoiceId, -newlyRefunded);
  await sendReceipts(tx, {
    moment: "refunded",
    contactIds: payment!.payerId ? [payment!.payerId] : [],
    accountId: payment!.accountId,
    receiptNumber: payment!.receiptNumber,
    invoice: { ...invoice!, ...moved },
    amountCents: newlyRefunded,
    currency: payment!.currency,
    method: payment!.method,
    day: null,
  });
  await recordAudit(tx, {
    action: "payment.refunded",
    accountId: payment!.accountId,
    detail: { invoiceId: invoice!.id, paymentId, refundedCents, newlyRefunded },
  });
  await notify(tx, {
    kind: "payments",
    record: { type: "invoice", id: invoice!.id, accountId: payment!.accountId },
    to: await staffToTell(tx, invoice!.managerId),
    actorId: null,
    headline: `${formatMoney(newlyRefunded, payment!.currency)} refunded on invoice ${invoice!.number} (receipt ${payment!.receiptNumber})`,
    actionLabel: "Open the invoice",
    isStaffOnly: true,
  });
  return { newlyRefunded };
}

/** The invoice's amount paid moved by `deltaCents`; paid once covered, open again once it is not. */
async function moveAmountPaid(tx: Transaction, invoiceId: string, deltaCents: number) {
  const paid = sql`${invoices.amountPaidCents} + ${deltaCents}`;
  const [invoice] = await tx
    .update(invoices)
    .set({
      amountPaidCents: paid,
      status: sql`case
        when ${invoices.status} = 'open' and ${paid} >= ${invoices.totalCents} then 'paid'::invoice_status
        when ${invoices.status} = 'paid' and ${paid} < ${invoices.totalCents} then 'open'::invoice_status
        else ${invoices.status} end`,
    })
    .where(eq(invoices.id, invoiceId))
    .returning({ status: invoices.status, totalCents: invoices.totalCents, amountPaidCents: invoices.amountPaidCents });
  return invoice!;
}

/** Staff who hear about money: the invoice's manager, or every owner when it has none. */
async function staffToTell(tx: Transaction, managerId: string | null) {
  if (managerId) return [managerId];
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.kind, "staff"), eq(users.staffRole, "owner")));
  return owners.map((owner) => owner.id);
}

type Receipt = {
  moment: "received" | "refunded";
  contactIds: string[];
  accountId: string;
  receiptNumber: string;
  invoice: { id: string; number: string; totalCents: number; amountPaidCents: number; status: string };
  amountCents: number;
  currency: string;
  method: PaymentMethod;
  day: string | null;
};

/** The receipt to each contact named and to the business's copy address; answers where it went. */
async function sendReceipts(tx: Transaction, receipt: Receipt) {
  const [people, [settings], [account], { emailBrand }] = await Promise.all([
    receipt.contactIds.length
      ? tx
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(and(inArray(users.id, receipt.contactIds), eq(users.kind, "contact")))
      : Promise.resolve([]),
    tx.select({ copyTo: businessSettings.receiptCopyTo }).from(businessSettings).where(eq(businessSettings.id, 1)),
    tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, receipt.accountId)),
    getPublicBranding(),
  ]);
  const stillDue = receipt.invoice.status === "void" ? 0 : Math.max(receipt.invoice.totalCents - receipt.invoice.amountPaidCents, 0);
  const common = {
    brand: emailBrand,
    moment: receipt.moment,
    receiptNumber: receipt.receiptNumber,
    invoiceNumber: receipt.invoice.number,
    accountName: account?.name ?? "",
    amount: formatMoney(receipt.amountCents, receipt.currency),
    method: paymentMethodLabels[receipt.method],
    // A refund is dated the day it is reported.
    day: formatDay(receipt.day ?? new Date().toISOString().slice(0, 10)),
    stillDue: formatMoney(stillDue, receipt.currency),
  };
  const sentTo: string[] = [];
  for (const person of people) {
    await queueEmail(tx, {
      to: person.email,
      template: "payment-receipt",
      props: { ...common, name: person.name, invoiceUrl: `${env.APP_URL}/invoices/${receipt.invoice.id}` },
    });
    sentTo.push(person.email);
  }
  const copyTo = settings?.copyTo;
  if (copyTo && !sentTo.includes(copyTo)) {
    await queueEmail(tx, { to: copyTo, template: "payment-receipt", props: { ...common, name: null, invoiceUrl: null } });
    sentTo.push(copyTo);
  }
  return sentTo;
}
