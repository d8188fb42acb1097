import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { InvoiceState } from "@/components/portal/invoice-state";
import { LineItems } from "@/components/portal/line-items";
import { getMyInvoice } from "@/db/access/records/invoices";
import { formatDay, formatMoney } from "@/lib/format";
import { InvoicePayment } from "./invoice-payment";

export const metadata: Metadata = { title: "Invoice" };

export default portalRecordPage("invoice", getMyInvoice, (invoice, currency, viewer, search) => ({
  title: `Invoice ${invoice.number}`,
  facts: [
    ["State", <InvoiceState key="state" status={invoice.status} isOverdue={invoice.isOverdue} amountPaidCents={invoice.amountPaidCents} />],
    ["Issued", formatDay(invoice.issuedOn)],
    ["Due", formatDay(invoice.dueOn)],
    ["Total", formatMoney(invoice.totalCents, currency)],
    ["Paid", formatMoney(invoice.amountPaidCents, currency)],
    ["Still to pay", invoice.status === "open" ? formatMoney(invoice.totalCents - invoice.amountPaidCents, currency) : "—"],
  ],
  body: (
    <>
      <a
        href={`/invoices/${invoice.id}/pdf`}
        className="inline-block rounded-md bg-brand px-4 py-2 font-semibold text-brand-contrast"
        download
      >
        Download PDF
      </a>
      <LineItems lines={invoice.lines} totalCents={invoice.totalCents} currency={currency} />
      <InvoicePayment
        invoice={invoice}
        currency={currency}
        viewer={viewer}
        attemptId={typeof search.payment === "string" ? search.payment : undefined}
        hasLeft={search.left === "1"}
      />
    </>
  ),
}));
