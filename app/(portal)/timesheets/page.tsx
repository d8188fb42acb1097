import type { Metadata } from "next";
import Link from "next/link";
import { portalListPage } from "@/components/portal/portal-list-page";
import { mayLogTime } from "@/db/access/records/client-timesheets";
import { listMyTimesheets } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";

const approvalLabels = { submitted: "Waiting for approval", approved: "Approved", returned: "Sent back" };

export const metadata: Metadata = { title: "Timesheets" };

export default portalListPage("timesheet", {
  read: listMyTimesheets,
  title: "Timesheets",
  action: async (viewer) =>
    (await mayLogTime(viewer)) ? (
      <Link href="/timesheets/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
        Log time
      </Link>
    ) : null,
  searchLabel: "Search time entries by description",
  sorts: [
    ["recent", "Most recent first"],
    ["oldest", "Oldest first"],
  ],
  empty: "No time entries match.",
  columns: [
    ["Work", (entry) => entry.description],
    ["State", (entry) => approvalLabels[entry.approval]],
    ["Date", (entry) => formatDay(entry.workedOn)],
    ["Time", (entry) => formatHours(entry.minutes)],
    ["By", (entry) => entry.personName ?? "—"],
    ["Booked to", (entry) => entry.contractName ?? entry.projectName ?? "—"],
  ],
});
