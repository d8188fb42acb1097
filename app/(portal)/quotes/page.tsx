import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMyQuotes, quoteStatuses } from "@/db/access/records/quotes";
import { formatDay, formatMoney, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Quotes" };

export default portalListPage("quote", {
  read: listMyQuotes,
  title: "Quotes",
  searchLabel: "Search quotes by number or title",
  filter: { label: "Status", choices: quoteStatuses.filter((status) => status !== "draft") },
  sorts: [
    ["issued", "Newest first"],
    ["valid", "Expiring soonest"],
    ["title", "By title"],
  ],
  empty: "No quotes match.",
  columns: [
    ["Quote", (quote) => quote.number],
    ["Title", (quote) => quote.title],
    ["Status", (quote) => humanize(quote.status)],
    ["Valid until", (quote) => formatDay(quote.validUntil)],
    ["Total", (quote, currency) => formatMoney(quote.totalCents, currency)],
  ],
});
