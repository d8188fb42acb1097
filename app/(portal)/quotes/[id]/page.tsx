import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { LineItems } from "@/components/portal/line-items";
import { getMyQuote } from "@/db/access/records/quotes";
import { formatDay, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Quote" };

export default portalRecordPage("quote", getMyQuote, (quote, currency) => ({
  title: `${quote.number} · ${quote.title}`,
  facts: [
    ["Status", humanize(quote.status)],
    ["Issued", formatDay(quote.issuedOn)],
    ["Valid until", formatDay(quote.validUntil)],
    ["Manager", quote.managerName ?? "—"],
  ],
  body: <LineItems lines={quote.lines} totalCents={quote.totalCents} currency={currency} />,
}));
