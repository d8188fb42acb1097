import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getTimesheetEntry } from "@/db/access/records/timesheets";
import { timeEntryEditor } from "../editor";

export const metadata: Metadata = { title: "Time entry" };

export default recordDetailPage(timeEntryEditor, getTimesheetEntry);
