import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMyTimesheets } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";

export const metadata: Metadata = { title: "Timesheets" };

export default portalListPage("timesheet", {
  read: listMyTimesheets,
  title: "Timesheets",
  searchLabel: "Search time entries by description",
  sorts: [
    ["recent", "Most recent first"],
    ["oldest", "Oldest first"],
  ],
  empty: "No time entries match.",
  columns: [
    ["Work", (entry) => entry.description],
    ["Date", (entry) => formatDay(entry.workedOn)],
    ["Time", (entry) => formatHours(entry.minutes)],
    ["By", (entry) => entry.personName ?? "—"],
    ["Booked to", (entry) => entry.contractName ?? entry.projectName ?? "—"],
  ],
});
