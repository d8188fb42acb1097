import { randomUUID } from "node:crypto";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Notice } from "@/components/ui/notice";
import { PaymentList } from "@/components/payments/payment-list";
import { getMyPaymentAttempt } from "@/db/access/payments/checkout";
import { getPaymentSettings } from "@/db/access/payments/settings";
import type { getMyInvoice } from "@/db/access/records/invoices";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { formatMoney } from "@/lib/format";
import { configuredPaymentProvider } from "@/lib/payments/configured";
import { PayForm } from "./pay-form";

type Invoice = NonNullable<Awaited<ReturnType<typeof getMyInvoice>>>;

// Under an invoice: what coming back from the payment page means (said as it is: "confirming"
// until the provider's event arrives), its payments, and the ways to pay what is still due.
export async function InvoicePayment({
  invoice,
  currency,
  viewer,
  attemptId,
  hasLeft,
}: {
  invoice: Invoice;
  currency: string;
  viewer: ContactViewer;
  attemptId?: string;
  hasLeft: boolean;
}) {
  const [settings, attempt] = await Promise.all([
    getPaymentSettings(viewer),
    attemptId ? getMyPaymentAttempt(viewer, invoice.id, attemptId) : null,
  ]);
  const provider = configuredPaymentProvider();
  const dueCents = invoice.totalCents - invoice.amountPaidCents;
  const isDue = invoice.status === "open" && dueCents > 0;
  return (
    <section aria-labelledby="payments-heading" className="space-y-3">
      <h2 id="payments-heading" className="text-section">
        Payments
      </h2>
      {attempt ? <ReturnNotice attempt={attempt} hasLeft={hasLeft} /> : null}
      <PaymentList payments={invoice.payments} dueCents={isDue ? dueCents : 0} currency={currency} />
      {isDue && invoice.mayPay && provider && !(attempt?.status === "pending" && !hasLeft) ? (
        <div className="rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <PayForm
            invoiceId={invoice.id}
            requestKey={randomUUID()}
            due={formatMoney(dueCents, currency)}
            dueAmount={(dueCents / 100).toFixed(2)}
            allowPart={settings.allowPartPayments}
            providerLabel={provider.label}
          />
        </div>
      ) : null}
      {isDue && settings.bankTransferInstructions ? (
        <div className="space-y-1 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <h3 className="font-semibold">{provider && invoice.mayPay ? "Or pay by bank transfer" : "Pay by bank transfer"}</h3>
          <p className="text-sm whitespace-pre-line">{settings.bankTransferInstructions}</p>
          <p className="text-sm text-zinc-700">
            Pay {formatMoney(dueCents, currency)} and give <strong>{invoice.number}</strong> as the reference, so it is matched to this
            invoice.
          </p>
        </div>
      ) : null}
      {isDue && !settings.bankTransferInstructions && !(provider && invoice.mayPay) ? (
        <p className="text-sm text-zinc-700">
          To pay this invoice, ask {invoice.managerName ?? "the team"} how; the amount still due is {formatMoney(dueCents, currency)}.
        </p>
      ) : null}
    </section>
  );
}

type Attempt = NonNullable<Awaited<ReturnType<typeof getMyPaymentAttempt>>>;

function ReturnNotice({ attempt, hasLeft }: { attempt: Attempt; hasLeft: boolean }) {
  const amount = formatMoney(attempt.amountCents, attempt.currency);
  if (attempt.status === "succeeded")
    return (
      <Notice tone="success" title="Payment">
        Paid {amount}: thank you. Receipt {attempt.receiptNumber}
        {attempt.receiptSentTo?.length ? ` was emailed to ${attempt.receiptSentTo.join(", ")}` : " is below"}.
      </Notice>
    );
  if (attempt.status === "failed")
    return (
      <Notice tone="error" title="Payment">
        The payment of {amount} did not go through: {attempt.failure ?? "the provider refused it."} Nothing was taken; you can try again.
      </Notice>
    );
  if (attempt.status === "expired")
    return (
      <Notice tone="info" title="Payment">
        {attempt.failure ?? "The payment page expired before anything was paid."} Nothing was taken.
      </Notice>
    );
  if (hasLeft)
    return (
      <Notice tone="info" title="Payment">
        You left the payment page, and nothing was taken. You can pay whenever you are ready.
      </Notice>
    );
  if (attempt.isLongUnconfirmed)
    return (
      <Notice tone="info" title="Payment">
        Your payment of {amount} is not confirmed yet. If it was taken, the receipt follows by email as soon as the provider confirms it; if
        you are unsure, ask the team before paying again.
      </Notice>
    );
  return (
    <Notice tone="info" title="Payment">
      Your payment of {amount} is being confirmed with the provider. This page updates by itself: there is no need to pay again.
      <AutoRefresh isActive everyMs={2000} />
    </Notice>
  );
}
