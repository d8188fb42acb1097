import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, paymentAttempts, payments, users } from "@/db/schema";
import { personName } from "../records/save";

// An invoice's payments, for the invoice reads that already checked the viewer (records/invoices.ts).

const paymentColumns = {
  id: payments.id,
  receiptNumber: payments.receiptNumber,
  receivedOn: payments.receivedOn,
  amountCents: payments.amountCents,
  refundedCents: payments.refundedCents,
  currency: payments.currency,
  method: payments.method,
};

/** Unsafe: no viewer. Only for a read that already found the invoice open to its viewer. */
export async function unsafeListInvoicePayments(invoiceId: string) {
  return db
    .select(paymentColumns)
    .from(payments)
    .where(eq(payments.invoiceId, invoiceId))
    .orderBy(asc(payments.receivedOn), asc(payments.createdAt));
}

/**
 * Unsafe: no viewer. For the staff invoice read: each payment's reference, who recorded it, where
 * its receipt went; the online payments that did not go through; the contacts a receipt may go to.
 */
export async function unsafeListInvoicePaymentsForStaff(invoiceId: string, accountId: string) {
  const [recorded, attempts, contacts] = await Promise.all([
    db
      .select({
        ...paymentColumns,
        reference: payments.reference,
        receiptSentTo: payments.receiptSentTo,
        payerName: personName(payments.payerId),
        recordedByName: personName(payments.recordedById),
      })
      .from(payments)
      .where(eq(payments.invoiceId, invoiceId))
      .orderBy(asc(payments.receivedOn), asc(payments.createdAt)),
    // Online payments that did not (or not yet) become one: for "the client says they paid".
    db
      .select({
        id: paymentAttempts.id,
        status: paymentAttempts.status,
        amountCents: paymentAttempts.amountCents,
        currency: paymentAttempts.currency,
        failure: paymentAttempts.failure,
        createdAt: paymentAttempts.createdAt,
        contactName: personName(paymentAttempts.contactId),
      })
      .from(paymentAttempts)
      .where(eq(paymentAttempts.invoiceId, invoiceId))
      .orderBy(desc(paymentAttempts.createdAt))
      .limit(10),
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(accountContacts)
      .innerJoin(users, eq(users.id, accountContacts.contactId))
      .where(eq(accountContacts.accountId, accountId))
      .orderBy(asc(users.name))
      .limit(200),
  ]);
  return { recorded, attempts: attempts.filter((attempt) => attempt.status !== "succeeded"), contacts };
}
