import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { getPublicBranding } from "@/db/access/branding/live";
import { requirePortalModule } from "@/db/access/records/portal";
import { listMyQuotes, quoteStatuses } from "@/db/access/records/quotes";

export const metadata: Metadata = { title: "Quotes" };

export default async function QuotesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("quotes.view");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listMyQuotes(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Quotes"
      basePath="/quotes"
      searchLabel="Search quotes by number or title"
      params={params}
      filter={{
        label: "Status",
        anyLabel: "Any status",
        options: quoteStatuses.filter((s) => s !== "draft").map((value) => ({ value, label: humanize(value) })),
      }}
      sorts={[
        { value: "issued", label: "Newest first" },
        { value: "valid", label: "Expiring soonest" },
        { value: "title", label: "By title" },
      ]}
      columns={["Quote", "Title", "Status", "Valid until", "Total"]}
      isEmpty={rows.length === 0}
      empty="No quotes match."
      nextCursor={nextCursor}
    >
      {rows.map((quote) => (
        <tr key={quote.id} className="border-t border-zinc-100">
          <RecordLink href={`/quotes/${quote.id}`}>{quote.number}</RecordLink>
          <Cell>{quote.title}</Cell>
          <Cell>{humanize(quote.status)}</Cell>
          <Cell>{formatDay(quote.validUntil)}</Cell>
          <Cell>{formatMoney(quote.totalCents, currency)}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
