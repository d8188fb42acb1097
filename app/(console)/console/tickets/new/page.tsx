import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { ticketEditor } from "../editor";

export const metadata: Metadata = { title: "New ticket" };

export default newRecordPage(ticketEditor);
