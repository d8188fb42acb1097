import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listSales, saleStages } from "@/db/access/records/sales";
import { formatMoney, humanize } from "@/lib/format";
import { saleEditor } from "./editor";

export const metadata: Metadata = { title: "Sales" };

export default consoleListPage(saleEditor, {
  read: listSales,
  searchLabel: "Search sales",
  filter: { label: "Stage", choices: saleStages },
  columns: [
    ["Opportunity", (row) => row.title],
    clientColumn,
    ["Stage", (row) => humanize(row.stage)],
    ["Value", (row, currency) => formatMoney(row.valueCents, currency)],
    managerColumn,
  ],
});
