import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { invoiceEditor } from "../editor";

export const metadata: Metadata = { title: "New invoice" };

export default newRecordPage(invoiceEditor);
