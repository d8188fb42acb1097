import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMySales, saleStages } from "@/db/access/records/sales";
import { formatDay, formatMoney, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Sales" };

export default portalListPage("sale", {
  read: listMySales,
  title: "Sales opportunities",
  searchLabel: "Search opportunities by title",
  filter: { label: "Stage", choices: saleStages },
  sorts: [
    ["close", "Closing soonest"],
    ["title", "By title"],
    ["recent", "Newest first"],
  ],
  empty: "No opportunities match.",
  columns: [
    ["Opportunity", (sale) => sale.title],
    ["Stage", (sale) => humanize(sale.stage)],
    ["Value", (sale, currency) => formatMoney(sale.valueCents, currency)],
    ["Expected close", (sale) => formatDay(sale.expectedCloseOn)],
  ],
});
