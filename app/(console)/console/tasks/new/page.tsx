import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { taskEditor } from "../editor";

export const metadata: Metadata = { title: "New task" };

export default newRecordPage(taskEditor);
