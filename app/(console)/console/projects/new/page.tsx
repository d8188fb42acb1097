import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { projectEditor } from "../editor";

export const metadata: Metadata = { title: "New project" };

export default newRecordPage(projectEditor);
