import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatHours } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listTimesheets } from "@/db/access/records/timesheets";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Timesheets" };

export default async function ConsoleTimesheetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listTimesheets(viewer, params);
  return (
    <RecordList
      title="Timesheets"
      action={
        <Link href="/console/timesheets/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New time entry
        </Link>
      }
      basePath="/console/timesheets"
      searchLabel="Search timesheets"
      params={params}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Work", "Client", "Date", "Time", "By"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/timesheets/${row.id}`}>{row.description}</RecordLink>
          <Cell>{row.accountName}</Cell>
          <Cell>{formatDay(row.workedOn)}</Cell>
          <Cell>{formatHours(row.minutes)}</Cell>
          <Cell>{row.personName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
