import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { supportFormEditor } from "../editor";

export const metadata: Metadata = { title: "New support form" };

export default newRecordPage(supportFormEditor);
