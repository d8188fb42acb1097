import type { Metadata } from "next";
import { consoleListPage, managerColumn } from "@/components/console/record-list-page";
import { listForms } from "@/db/access/records/knowledge";
import { supportFormEditor } from "./editor";

export const metadata: Metadata = { title: "Support forms" };

export default consoleListPage(supportFormEditor, {
  read: listForms,
  searchLabel: "Search support forms",
  columns: [
    ["Form", (row) => row.title],
    ["Tags", (row) => row.tags.join(", ") || "Everyone"],
    ["Published", (row) => (row.isPublished ? "Yes" : "No")],
    managerColumn,
  ],
});
