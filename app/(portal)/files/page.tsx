import type { Metadata } from "next";
import { Cell, RecordList } from "@/components/ui/record-list";
import { DateTime } from "@/components/ui/date-time";
import { formatBytes, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listMyFiles } from "@/db/access/records/files";
import { requirePortalModule } from "@/db/access/records/portal";
import { viewCapability } from "@/db/access/records/visibility";
import { recordPath } from "@/lib/record-kinds";

export const metadata: Metadata = { title: "Files" };

export default async function FilesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Files come with the records they are attached to: any module with records opens this page.
  const viewer = await requirePortalModule(Object.values(viewCapability));
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyFiles(viewer, params);
  return (
    <RecordList
      title="Files"
      basePath="/files"
      searchLabel="Search files by name"
      params={params}
      filter={{
        label: "Attached to",
        anyLabel: "Attached to anything",
        options: (["invoice", "quote", "project", "task", "ticket", "contract", "sale"] as const).map((value) => ({
          value,
          label: `${humanize(value)}s`,
        })),
      }}
      sorts={[
        { value: "recent", label: "Newest first" },
        { value: "name", label: "By name" },
      ]}
      columns={["File", "Size", "Attached to", "Added"]}
      isEmpty={rows.length === 0}
      empty="No files match."
      nextCursor={nextCursor}
    >
      {rows.map((file) => (
        <tr key={file.id} className="border-t border-zinc-100">
          <td className="px-4 py-2">
            <a href={`/files/${file.id}`} className="font-medium text-brand-ink underline" download>
              {file.name}
            </a>
          </td>
          <Cell>{formatBytes(file.sizeBytes)}</Cell>
          <Cell>
            <a href={recordPath(file.objectType, file.objectId, "portal")} className="underline">
              {humanize(file.objectType)}
            </a>
          </Cell>
          <Cell>
            <DateTime value={file.createdAt} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
