import type { Metadata } from "next";
import { consoleListPage, clientColumn } from "@/components/console/record-list-page";
import { listQuotes, quoteStatuses } from "@/db/access/records/quotes";
import { formatMoney, humanize } from "@/lib/format";
import { quoteEditor } from "./editor";

export const metadata: Metadata = { title: "Quotes" };

export default consoleListPage(quoteEditor, {
  read: listQuotes,
  searchLabel: "Search quotes",
  filter: { label: "Status", choices: quoteStatuses },
  columns: [
    ["Quote", (row) => row.number],
    ["Title", (row) => row.title],
    clientColumn,
    ["Status", (row) => humanize(row.status)],
    ["Total", (row, currency) => formatMoney(row.totalCents, currency)],
  ],
});
