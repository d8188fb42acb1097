import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachedFiles, RecordDetail } from "@/components/portal/record-detail";
import { formatDay, humanize } from "@/lib/format";
import { getMyTask } from "@/db/access/records/tasks";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const task = await getMyTask(viewer, (await params).id);
  if (!task) notFound();
  return (
    <RecordDetail
      backHref="/tasks"
      backLabel="Tasks"
      title={task.title}
      facts={[
        ["Status", humanize(task.status)],
        ["Due", formatDay(task.dueOn)],
        [
          "Project",
          task.projectId && task.projectName ? (
            <Link key="project" href={`/projects/${task.projectId}`} className="text-brand-ink underline">
              {task.projectName}
            </Link>
          ) : (
            "—"
          ),
        ],
        ["Manager", task.managerName ?? "—"],
      ]}
    >
      {task.description ? <p className="whitespace-pre-line">{task.description}</p> : null}
      <AttachedFiles files={task.files} />
    </RecordDetail>
  );
}
