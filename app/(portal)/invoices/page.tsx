import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { InvoiceState } from "@/components/portal/invoice-state";
import { listMyInvoices } from "@/db/access/records/invoices";
import { formatDay, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Invoices" };

export default portalListPage("invoice", {
  read: listMyInvoices,
  title: "Invoices",
  searchLabel: "Search invoices by number",
  filter: { label: "Show", anyLabel: "All invoices", choices: ["unpaid", "overdue", "paid", ["void", "Cancelled"]] },
  sorts: [
    ["issued", "Newest first"],
    ["due", "Due soonest"],
    ["number", "By number"],
  ],
  empty: "No invoices match.",
  columns: [
    ["Invoice", (invoice) => invoice.number],
    ["Issued", (invoice) => formatDay(invoice.issuedOn)],
    ["Due", (invoice) => formatDay(invoice.dueOn)],
    ["Amount", (invoice, currency) => formatMoney(invoice.totalCents, currency)],
    [
      "Still to pay",
      (invoice, currency) => (invoice.status === "open" ? formatMoney(invoice.totalCents - invoice.amountPaidCents, currency) : "—"),
    ],
    [
      "State",
      (invoice) => <InvoiceState status={invoice.status} isOverdue={invoice.isOverdue} amountPaidCents={invoice.amountPaidCents} />,
    ],
  ],
});
