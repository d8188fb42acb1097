import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { DateTime } from "@/components/ui/date-time";
import { listMyArticles } from "@/db/access/records/knowledge";

export const metadata: Metadata = { title: "Knowledge base" };

export default portalListPage(
  { capability: "knowledge.view", path: "/knowledge" },
  {
    read: listMyArticles,
    title: "Knowledge base",
    searchLabel: "Search articles",
    sorts: [
      ["title", "By title"],
      ["recent", "Recently updated"],
    ],
    empty: "No articles match.",
    columns: [
      ["Article", (article) => article.title],
      ["Topics", (article) => article.tags.join(", ") || "—"],
      ["Updated", (article) => <DateTime value={article.updatedAt} />],
    ],
  },
);
