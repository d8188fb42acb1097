import "server-only";
import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { invoices, paymentAttempts } from "@/db/schema";
import type { PaymentProvider } from "@/lib/payments/provider";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// Once money has come in for an invoice, any of its payment pages still open for more than is now
// due (or for an invoice no longer open) would let someone pay twice: a colleague's page opened
// for the whole amount, the client's own second tab. Those pages are closed at the provider. A page
// that cannot be closed just now stays open until it expires; if it is paid, the payment still
// counts (events.ts), and staff can refund the difference.

const CLOSED = "This payment page was closed: the invoice was paid meanwhile, so less is due now.";

/** Webhook only, after a payment was recorded from a verified event. */
export async function unsafeCloseOutgrownCheckouts(provider: PaymentProvider, invoiceId: string) {
  const outgrown = await db
    .select({ id: paymentAttempts.id, ref: paymentAttempts.providerRef })
    .from(paymentAttempts)
    .innerJoin(invoices, eq(invoices.id, paymentAttempts.invoiceId))
    .where(
      and(
        eq(paymentAttempts.invoiceId, invoiceId),
        eq(paymentAttempts.provider, provider.name),
        eq(paymentAttempts.status, "pending"),
        isNotNull(paymentAttempts.providerRef),
        or(sql`${invoices.status} <> 'open'`, sql`${paymentAttempts.amountCents} > ${invoices.totalCents} - ${invoices.amountPaidCents}`),
      ),
    );
  let closed = 0;
  for (const attempt of outgrown) {
    try {
      await provider.expireCheckout(attempt.ref!);
    } catch (error) {
      console.error(`Closing payment page ${attempt.ref} failed; it stays open until it expires`, error);
      continue;
    }
    // Only a page still pending: one whose payment was recorded meanwhile keeps its state.
    const marked = await db
      .update(paymentAttempts)
      .set({ status: "expired", failure: CLOSED, settledAt: sql`now()` })
      .where(and(eq(paymentAttempts.id, attempt.id), eq(paymentAttempts.status, "pending")))
      .returning({ id: paymentAttempts.id });
    closed += marked.length;
  }
  return { closed };
}

/** Staff, after recording money received outside the portal: the same, for that invoice. */
export async function closeOutgrownCheckouts(viewer: StaffViewer, provider: PaymentProvider | null, invoiceId: string) {
  assertStaff(viewer, "clients");
  if (!provider) return { closed: 0 };
  return unsafeCloseOutgrownCheckouts(provider, invoiceId);
}
