import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { getPublicBranding } from "@/db/access/branding/live";
import { requirePortalModule } from "@/db/access/records/portal";
import { listMySales, saleStages } from "@/db/access/records/sales";

export const metadata: Metadata = { title: "Sales" };

export default async function SalesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("sales.view");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listMySales(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Sales opportunities"
      basePath="/sales"
      searchLabel="Search opportunities by title"
      params={params}
      filter={{ label: "Stage", anyLabel: "Any stage", options: saleStages.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[
        { value: "close", label: "Closing soonest" },
        { value: "title", label: "By title" },
        { value: "recent", label: "Newest first" },
      ]}
      columns={["Opportunity", "Stage", "Value", "Expected close"]}
      isEmpty={rows.length === 0}
      empty="No opportunities match."
      nextCursor={nextCursor}
    >
      {rows.map((sale) => (
        <tr key={sale.id} className="border-t border-zinc-100">
          <RecordLink href={`/sales/${sale.id}`}>{sale.title}</RecordLink>
          <Cell>{humanize(sale.stage)}</Cell>
          <Cell>{formatMoney(sale.valueCents, currency)}</Cell>
          <Cell>{formatDay(sale.expectedCloseOn)}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
