import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listQuotes, quoteStatuses } from "@/db/access/records/quotes";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Quotes" };

export default async function ConsoleQuotesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listQuotes(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Quotes"
      action={
        <Link href="/console/quotes/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New quote
        </Link>
      }
      basePath="/console/quotes"
      searchLabel="Search quotes"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: quoteStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Quote", "Title", "Client", "Status", "Total"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/quotes/${row.id}`}>{row.number}</RecordLink>
          <Cell>{row.title}</Cell>
          <Cell>{row.accountName}</Cell>
          <Cell>{humanize(row.status)}</Cell>
          <Cell>{formatMoney(row.totalCents, currency)}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
