import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { DateTime } from "@/components/ui/date-time";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listMyArticles } from "@/db/access/records/knowledge";
import { requirePortalModule } from "@/db/access/records/portal";

export const metadata: Metadata = { title: "Knowledge base" };

export default async function KnowledgePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("knowledge.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyArticles(viewer, params);
  return (
    <RecordList
      title="Knowledge base"
      basePath="/knowledge"
      searchLabel="Search articles"
      params={params}
      sorts={[
        { value: "title", label: "By title" },
        { value: "recent", label: "Recently updated" },
      ]}
      columns={["Article", "Topics", "Updated"]}
      isEmpty={rows.length === 0}
      empty="No articles match."
      nextCursor={nextCursor}
    >
      {rows.map((article) => (
        <tr key={article.id} className="border-t border-zinc-100">
          <RecordLink href={`/knowledge/${article.id}`}>{article.title}</RecordLink>
          <Cell>{article.tags.join(", ") || "—"}</Cell>
          <Cell>
            <DateTime value={article.updatedAt} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
