import type { Metadata } from "next";
import { consoleListPage, clientColumn } from "@/components/console/record-list-page";
import { listTimesheets } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";
import { timeEntryEditor } from "./editor";

export const metadata: Metadata = { title: "Timesheets" };

export default consoleListPage(timeEntryEditor, {
  read: listTimesheets,
  searchLabel: "Search timesheets",
  columns: [
    ["Work", (row) => row.description],
    clientColumn,
    ["Date", (row) => formatDay(row.workedOn)],
    ["Time", (row) => formatHours(row.minutes)],
    ["By", (row) => row.personName ?? "—"],
  ],
});
