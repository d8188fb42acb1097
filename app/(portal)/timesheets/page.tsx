import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatHours } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { requirePortalModule } from "@/db/access/records/portal";
import { listMyTimesheets } from "@/db/access/records/timesheets";

export const metadata: Metadata = { title: "Timesheets" };

export default async function TimesheetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("timesheets.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyTimesheets(viewer, params);
  return (
    <RecordList
      title="Timesheets"
      basePath="/timesheets"
      searchLabel="Search time entries by description"
      params={params}
      sorts={[
        { value: "recent", label: "Most recent first" },
        { value: "oldest", label: "Oldest first" },
      ]}
      columns={["Work", "Date", "Time", "By", "Booked to"]}
      isEmpty={rows.length === 0}
      empty="No time entries match."
      nextCursor={nextCursor}
    >
      {rows.map((entry) => (
        <tr key={entry.id} className="border-t border-zinc-100">
          <RecordLink href={`/timesheets/${entry.id}`}>{entry.description}</RecordLink>
          <Cell>{formatDay(entry.workedOn)}</Cell>
          <Cell>{formatHours(entry.minutes)}</Cell>
          <Cell>{entry.personName ?? "—"}</Cell>
          <Cell>{entry.contractName ?? entry.projectName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
