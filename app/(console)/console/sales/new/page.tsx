import type { Metadata } from "next";
import { newRecordPage } from "@/components/console/record-editor";
import { saleEditor } from "../editor";

export const metadata: Metadata = { title: "New opportunity" };

export default newRecordPage(saleEditor);
