import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";

import { parseRecordListParams } from "@/components/ui/search-params";
import { listArticles } from "@/db/access/records/knowledge";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Knowledge base" };

export default async function ConsoleKnowledgePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listArticles(viewer, params);
  return (
    <RecordList
      title="Knowledge base"
      action={
        <Link href="/console/knowledge/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New article
        </Link>
      }
      basePath="/console/knowledge"
      searchLabel="Search knowledge base"
      params={params}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Article", "Tags", "Published", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/knowledge/${row.id}`}>{row.title}</RecordLink>
          <Cell>{row.tags.join(", ") || "Everyone"}</Cell>
          <Cell>{row.isPublished ? "Yes" : "No"}</Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
