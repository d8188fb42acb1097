import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listTasks, taskStatuses } from "@/db/access/records/tasks";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Tasks" };

export default async function ConsoleTasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listTasks(viewer, params);
  return (
    <>
      <RecordList
        title="Tasks"
        action={
          <Link href="/console/tasks/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
            New task
          </Link>
        }
        basePath="/console/tasks"
        searchLabel="Search by task or client"
        params={params}
        filter={{ label: "Status", anyLabel: "Any status", options: taskStatuses.map((value) => ({ value, label: humanize(value) })) }}
        sorts={[{ value: "recent", label: "Newest first" }]}
        columns={["Task", "Client", "Status", "Manager"]}
        isEmpty={rows.length === 0}
        empty="No tasks match."
        nextCursor={nextCursor}
      >
        {rows.map((task) => (
          <tr key={task.id} className="border-t border-zinc-100">
            <RecordLink href={`/console/tasks/${task.id}`}>{task.title}</RecordLink>
            <Cell>{task.accountName}</Cell>
            <Cell>{humanize(task.status)}</Cell>
            <Cell>{task.managerName ?? "—"}</Cell>
          </tr>
        ))}
      </RecordList>
    </>
  );
}
