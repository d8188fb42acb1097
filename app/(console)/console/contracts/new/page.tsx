import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { contractEditor } from "../editor";

export const metadata: Metadata = { title: "New contract" };

export default newRecordPage(contractEditor);
