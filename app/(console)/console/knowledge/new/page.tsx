import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { articleEditor } from "../editor";

export const metadata: Metadata = { title: "New article" };

export default newRecordPage(articleEditor);
