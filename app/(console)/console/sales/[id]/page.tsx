import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getSale } from "@/db/access/records/sales";
import { saleEditor } from "../editor";

export const metadata: Metadata = { title: "Opportunity" };

export default recordDetailPage(saleEditor, getSale);
