import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMyForms } from "@/db/access/records/knowledge";

export const metadata: Metadata = { title: "Support forms" };

export default portalListPage(
  { capability: "forms.view", path: "/forms" },
  {
    read: listMyForms,
    title: "Support forms",
    searchLabel: "Search forms",
    sorts: [["title", "By title"]],
    empty: "No forms match.",
    columns: [
      ["Form", (form) => form.title],
      ["What it is for", (form) => form.description || "—"],
      ["Team", (form) => form.team || "—"],
    ],
  },
);
