import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { LineItems } from "@/components/portal/line-items";
import { getMyQuote } from "@/db/access/records/quotes";
import { formatDay, humanize } from "@/lib/format";
import { QuoteAnswers } from "./quote-answers";

export const metadata: Metadata = { title: "Quote" };

export default portalRecordPage("quote", getMyQuote, (quote, currency, viewer) => ({
  title: `${quote.number} · ${quote.title}`,
  facts: [
    ["Status", humanize(quote.status)],
    ["Version", String(quote.version)],
    ["Issued", formatDay(quote.issuedOn)],
    ["Valid until", formatDay(quote.validUntil)],
    ["Manager", quote.managerName ?? "—"],
    [
      "PDF",
      <a key="pdf" href={`/quotes/${quote.id}/pdf`} className="underline">
        Download the quote (PDF)
      </a>,
    ],
  ],
  body: (
    <>
      <LineItems lines={quote.lines} totalCents={quote.totalCents} currency={currency} />
      <QuoteAnswers quote={quote} name={viewer.name} />
    </>
  ),
}));
