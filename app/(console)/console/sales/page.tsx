import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listSales, saleStages } from "@/db/access/records/sales";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Sales" };

export default async function ConsoleSalesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listSales(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Sales"
      action={
        <Link href="/console/sales/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New opportunity
        </Link>
      }
      basePath="/console/sales"
      searchLabel="Search sales"
      params={params}
      filter={{ label: "Stage", anyLabel: "Any stage", options: saleStages.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Opportunity", "Client", "Stage", "Value", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/sales/${row.id}`}>{row.title}</RecordLink>
          <Cell>{row.accountName}</Cell>
          <Cell>{humanize(row.stage)}</Cell>
          <Cell>{formatMoney(row.valueCents, currency)}</Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
