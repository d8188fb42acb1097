import { randomUUID } from "node:crypto";
import { DateTime } from "@/components/ui/date-time";
import { PaymentList } from "@/components/payments/payment-list";
import { getPublicBranding } from "@/db/access/branding/live";
import type { getInvoice } from "@/db/access/records/invoices";
import { formatMoney, humanize } from "@/lib/format";
import { RecordPaymentForm } from "./record-payment-form";

type Invoice = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;

// Under the invoice's form: its payments with their proof, online payments that did not go
// through (for "the client says they paid"), and recording money received another way.
export async function InvoicePayments({ record: invoice }: { record: Invoice }) {
  const { currency } = await getPublicBranding();
  const dueCents = invoice.totalCents - invoice.amountPaidCents;
  const mayRecord = invoice.status === "open" && dueCents > 0;
  const { recorded, attempts, contacts } = invoice.payments;
  return (
    <section aria-labelledby="payments-heading" className="max-w-3xl space-y-3">
      <h2 id="payments-heading" className="text-section">
        Payments
      </h2>
      <p className="text-sm text-zinc-700">
        Paid {formatMoney(invoice.amountPaidCents, currency)} of {formatMoney(invoice.totalCents, currency)}
        {dueCents < 0 ? `: overpaid by ${formatMoney(-dueCents, currency)}` : ""}.
      </p>
      <PaymentList payments={recorded} dueCents={dueCents} currency={currency} isStaff />
      {attempts.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer">Online payments not completed ({attempts.length})</summary>
          <ul className="mt-2 space-y-1">
            {attempts.map((attempt) => (
              <li key={attempt.id}>
                <DateTime value={attempt.createdAt} />: {attempt.contactName ?? "A contact"},{" "}
                {formatMoney(attempt.amountCents, attempt.currency)}, {humanize(attempt.status)}
                {attempt.failure ? ` (${attempt.failure})` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {mayRecord ? (
        <div className="rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <h3 className="mb-3 font-semibold">Record a payment received</h3>
          <RecordPaymentForm
            invoiceId={invoice.id}
            requestKey={randomUUID()}
            dueAmount={(dueCents / 100).toFixed(2)}
            today={new Date().toISOString().slice(0, 10)}
            contacts={contacts}
          />
        </div>
      ) : (
        <p className="text-sm text-zinc-600">
          {invoice.status === "draft"
            ? "Payments can be recorded once the invoice is open (sent to the client)."
            : invoice.status === "void"
              ? "This invoice is void."
              : "Paid in full."}
        </p>
      )}
    </section>
  );
}
