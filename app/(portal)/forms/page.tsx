import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listMyForms } from "@/db/access/records/knowledge";
import { requirePortalModule } from "@/db/access/records/portal";

export const metadata: Metadata = { title: "Support forms" };

export default async function FormsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("forms.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyForms(viewer, params);
  return (
    <RecordList
      title="Support forms"
      basePath="/forms"
      searchLabel="Search forms"
      params={params}
      sorts={[{ value: "title", label: "By title" }]}
      columns={["Form", "What it is for", "Team"]}
      isEmpty={rows.length === 0}
      empty="No forms match."
      nextCursor={nextCursor}
    >
      {rows.map((form) => (
        <tr key={form.id} className="border-t border-zinc-100">
          <RecordLink href={`/forms/${form.id}`}>{form.title}</RecordLink>
          <Cell>{form.description || "—"}</Cell>
          <Cell>{form.team || "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
