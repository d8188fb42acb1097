import type { Metadata } from "next";
import { consoleListPage, managerColumn } from "@/components/console/record-list-page";
import { listArticles } from "@/db/access/records/knowledge";
import { articleEditor } from "./editor";

export const metadata: Metadata = { title: "Knowledge base" };

export default consoleListPage(articleEditor, {
  read: listArticles,
  searchLabel: "Search knowledge base",
  columns: [
    ["Article", (row) => row.title],
    ["Tags", (row) => row.tags.join(", ") || "Everyone"],
    ["Published", (row) => (row.isPublished ? "Yes" : "No")],
    managerColumn,
  ],
});
