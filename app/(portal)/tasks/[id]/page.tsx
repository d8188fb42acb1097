import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import Link from "next/link";
import { getMyTask } from "@/db/access/records/tasks";
import { formatDay, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Task" };

export default portalRecordPage("task", getMyTask, (task) => ({
  title: task.title,
  facts: [
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
    ["For", task.assigneeName ?? "—"],
    ["Manager", task.managerName ?? "—"],
  ],
  body: task.description ? <p className="whitespace-pre-line">{task.description}</p> : null,
}));
