import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getContract } from "@/db/access/records/contracts";
import { contractEditor } from "../editor";

export const metadata: Metadata = { title: "Contract" };

export default recordDetailPage(contractEditor, getContract);
