import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getProject } from "@/db/access/records/projects";
import { projectEditor } from "../editor";

export const metadata: Metadata = { title: "Project" };

export default recordDetailPage(projectEditor, getProject);
