import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getQuote } from "@/db/access/records/quotes";
import { quoteEditor } from "../editor";

export const metadata: Metadata = { title: "Quote" };

export default recordDetailPage(quoteEditor, getQuote);
