import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordDetail } from "@/components/portal/record-detail";
import { formatDay, formatHours } from "@/lib/format";
import { getMyTimesheetEntry } from "@/db/access/records/timesheets";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Time entry" };

export default async function TimesheetEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const entry = await getMyTimesheetEntry(viewer, (await params).id);
  if (!entry) notFound();
  return (
    <RecordDetail
      backHref="/timesheets"
      backLabel="Timesheets"
      title={entry.description}
      facts={[
        ["Date", formatDay(entry.workedOn)],
        ["Time", formatHours(entry.minutes)],
        ["By", entry.personName ?? "—"],
        ["Project", entry.projectName ?? "—"],
        ["Contract", entry.contractName ?? "—"],
        ["Manager", entry.managerName ?? "—"],
      ]}
    />
  );
}
