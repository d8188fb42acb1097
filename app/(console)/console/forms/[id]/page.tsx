import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getForm } from "@/db/access/records/knowledge";
import { supportFormEditor } from "../editor";

export const metadata: Metadata = { title: "Support form" };

export default recordDetailPage(supportFormEditor, getForm);
