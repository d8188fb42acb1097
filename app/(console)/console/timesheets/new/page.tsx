import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { timeEntryEditor } from "../editor";

export const metadata: Metadata = { title: "New time entry" };

export default newRecordPage(timeEntryEditor);
