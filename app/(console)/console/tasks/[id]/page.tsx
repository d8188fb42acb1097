import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getTask } from "@/db/access/records/tasks";
import { taskEditor } from "../editor";

export const metadata: Metadata = { title: "Task" };

export default recordDetailPage(taskEditor, getTask);
