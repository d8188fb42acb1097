import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatHours, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listContracts, contractPhases } from "@/db/access/records/contracts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Contracts" };

export default async function ConsoleContractsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listContracts(viewer, params);
  return (
    <RecordList
      title="Contracts"
      action={
        <Link href="/console/contracts/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New contract
        </Link>
      }
      basePath="/console/contracts"
      searchLabel="Search contracts"
      params={params}
      filter={{ label: "Period", anyLabel: "Any period", options: contractPhases.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Contract", "Client", "Period", "Used", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/contracts/${row.id}`}>{row.name}</RecordLink>
          <Cell>{row.accountName}</Cell>
          <Cell>
            {formatDay(row.startsOn)} → {formatDay(row.endsOn)}
          </Cell>
          <Cell>
            {formatHours(row.usedMinutes)} of {formatHours(row.allowanceMinutes)}
          </Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
