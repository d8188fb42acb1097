import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { requirePortalModule } from "@/db/access/records/portal";
import { listMyTasks, taskStatuses } from "@/db/access/records/tasks";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("tasks.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyTasks(viewer, params);
  return (
    <RecordList
      title="Tasks"
      basePath="/tasks"
      searchLabel="Search tasks by title"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: taskStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[
        { value: "due", label: "Due soonest" },
        { value: "title", label: "Sort by title" },
        { value: "recent", label: "Newest first" },
      ]}
      columns={["Task", "Status", "Due", "Project"]}
      isEmpty={rows.length === 0}
      empty="No tasks match."
      nextCursor={nextCursor}
    >
      {rows.map((task) => (
        <tr key={task.id} className="border-t border-zinc-100">
          <RecordLink href={`/tasks/${task.id}`}>{task.title}</RecordLink>
          <Cell>{humanize(task.status)}</Cell>
          <Cell>{formatDay(task.dueOn)}</Cell>
          <Cell>{task.projectName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
