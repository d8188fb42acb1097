import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { getMySale } from "@/db/access/records/sales";
import { formatDay, formatMoney, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Sales opportunity" };

export default portalRecordPage("sale", getMySale, (sale, currency) => ({
  title: sale.title,
  facts: [
    ["Stage", humanize(sale.stage)],
    ["Value", formatMoney(sale.valueCents, currency)],
    ["Expected close", formatDay(sale.expectedCloseOn)],
    ["Manager", sale.managerName ?? "—"],
  ],
}));
