import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { formatBytes, humanize } from "@/lib/format";
import { Cell, RecordList } from "@/components/ui/record-list";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listFiles } from "@/db/access/records/files";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { objectTypes } from "@/db/access/permissions/capabilities";
import { recordPath } from "@/lib/record-kinds";

export const metadata: Metadata = { title: "Files" };

// Every file shared with clients. Files are attached from the page of the record they belong to.
export default async function ConsoleFilesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listFiles(viewer, params);
  return (
    <RecordList
      title="Files"
      basePath="/console/files"
      searchLabel="Search files by name or client"
      params={params}
      filter={{
        label: "Attached to",
        anyLabel: "Attached to anything",
        options: objectTypes.map((value) => ({ value, label: `${humanize(value)}s` })),
      }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["File", "Client", "Attached to", "Size", "Added"]}
      isEmpty={rows.length === 0}
      empty="No files match. Attach files from a record's page."
      nextCursor={nextCursor}
    >
      {rows.map((file) => (
        <tr key={file.id} className="border-t border-zinc-100">
          <td className="px-4 py-2">
            <a href={`/console/files/${file.id}`} className="font-medium text-brand-ink underline" download>
              {file.name}
            </a>
          </td>
          <Cell>{file.accountName}</Cell>
          <Cell>
            <a href={recordPath(file.objectType, file.objectId, "console")} className="underline">
              {humanize(file.objectType)}
            </a>
          </Cell>
          <Cell>{formatBytes(file.sizeBytes)}</Cell>
          <Cell>
            <DateTime value={file.createdAt} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
