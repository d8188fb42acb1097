import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";

import { parseRecordListParams } from "@/components/ui/search-params";
import { listForms } from "@/db/access/records/knowledge";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Support forms" };

export default async function ConsoleFormsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listForms(viewer, params);
  return (
    <RecordList
      title="Support forms"
      action={
        <Link href="/console/forms/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New support form
        </Link>
      }
      basePath="/console/forms"
      searchLabel="Search support forms"
      params={params}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Form", "Tags", "Published", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/forms/${row.id}`}>{row.title}</RecordLink>
          <Cell>{row.tags.join(", ") || "Everyone"}</Cell>
          <Cell>{row.isPublished ? "Yes" : "No"}</Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
