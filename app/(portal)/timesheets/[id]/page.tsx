import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { getMyTimesheetEntry } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";

export const metadata: Metadata = { title: "Time entry" };

export default portalRecordPage("timesheet", getMyTimesheetEntry, (entry) => ({
  title: entry.description,
  facts: [
    ["Date", formatDay(entry.workedOn)],
    ["Time", formatHours(entry.minutes)],
    ["By", entry.personName ?? "—"],
    ["Project", entry.projectName ?? "—"],
    ["Contract", entry.contractName ?? "—"],
    ["Manager", entry.managerName ?? "—"],
  ],
}));
