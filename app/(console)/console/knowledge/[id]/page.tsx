import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getArticle } from "@/db/access/records/knowledge";
import { articleEditor } from "../editor";

export const metadata: Metadata = { title: "Article" };

export default recordDetailPage(articleEditor, getArticle);
