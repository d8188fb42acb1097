import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoiceState } from "@/components/portal/invoice-state";
import { LineItems } from "@/components/portal/line-items";
import { AttachedFiles, RecordDetail } from "@/components/portal/record-detail";
import { formatDay, formatMoney } from "@/lib/format";
import { getPublicBranding } from "@/db/access/branding/live";
import { getMyInvoice } from "@/db/access/records/invoices";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Invoice" };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const [invoice, { currency }] = await Promise.all([getMyInvoice(viewer, (await params).id), getPublicBranding()]);
  if (!invoice) notFound();
  const due = invoice.totalCents - invoice.amountPaidCents;
  return (
    <RecordDetail
      backHref="/invoices"
      backLabel="Invoices"
      title={`Invoice ${invoice.number}`}
      facts={[
        ["State", <InvoiceState key="state" status={invoice.status} isOverdue={invoice.isOverdue} />],
        ["Issued", formatDay(invoice.issuedOn)],
        ["Due", formatDay(invoice.dueOn)],
        ["Total", formatMoney(invoice.totalCents, currency)],
        ["Paid", formatMoney(invoice.amountPaidCents, currency)],
        ["Still to pay", invoice.status === "open" ? formatMoney(due, currency) : "—"],
      ]}
    >
      <a
        href={`/invoices/${invoice.id}/pdf`}
        className="inline-block rounded-md bg-brand px-4 py-2 font-semibold text-brand-contrast"
        download
      >
        Download PDF
      </a>
      <LineItems lines={invoice.lines} totalCents={invoice.totalCents} currency={currency} />
      <AttachedFiles files={invoice.files} />
    </RecordDetail>
  );
}
