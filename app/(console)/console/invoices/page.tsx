import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listInvoices, invoiceStatuses } from "@/db/access/records/invoices";
import { formatMoney, humanize } from "@/lib/format";
import { invoiceEditor } from "./editor";

export const metadata: Metadata = { title: "Invoices" };

export default consoleListPage(invoiceEditor, {
  read: listInvoices,
  searchLabel: "Search invoices",
  filter: { label: "Status", choices: invoiceStatuses },
  columns: [
    ["Invoice", (row) => row.number],
    clientColumn,
    ["Status", (row) => humanize(row.status)],
    ["Total", (row, currency) => formatMoney(row.totalCents, currency)],
    managerColumn,
  ],
});
