import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { quoteEditor } from "../editor";

export const metadata: Metadata = { title: "New quote" };

export default newRecordPage(quoteEditor);
