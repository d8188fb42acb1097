import type { Metadata } from "next";
import Link from "next/link";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { AddTask } from "./add-task";
import { formatDay, formatMoney, humanize } from "@/lib/format";
import { getMyProject } from "@/db/access/records/projects";

export const metadata: Metadata = { title: "Project" };

export default portalRecordPage("project", getMyProject, (project, currency, viewer) => ({
  title: project.name,
  facts: [
    ["Status", humanize(project.status)],
    ["Progress", <ProgressBar key="progress" percent={project.progressPercent} />],
    ["Timeline", `${formatDay(project.startsOn)} → ${formatDay(project.dueOn)}`],
    ["Manager", project.managerName ?? "—"],
    ...(project.budgetCents === null || project.budgetUsedCents === null
      ? []
      : ([["Budget", `${formatMoney(project.budgetUsedCents, currency)} used of ${formatMoney(project.budgetCents, currency)}`]] as [
          string,
          string,
        ][])),
  ],
  body: (
    <>
      {project.description ? <p className="whitespace-pre-line">{project.description}</p> : null}
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className="mb-2 text-section">
          Tasks
        </h2>
        {project.tasks.length === 0 ? <p className="text-sm text-ink-muted">No tasks to show.</p> : null}
        <ul className="divide-y divide-zinc-100 rounded-xl bg-white text-sm ring-1 ring-zinc-200">
          {project.tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <Link href={`/tasks/${task.id}`} className="font-medium text-brand-ink underline">
                {task.title}
              </Link>
              <span className="text-zinc-600">
                {humanize(task.status)} · due {formatDay(task.dueOn)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <AddTask viewer={viewer} projectId={project.id} />
    </>
  ),
}));

function ProgressBar({ percent }: { percent: number }) {
  return (
    <span className="flex items-center gap-2">
      <span
        className="h-2 w-40 overflow-hidden rounded-full bg-zinc-200"
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label="Progress"
      >
        <span className="block h-full bg-accent" style={{ width: `${percent}%` }} />
      </span>
      {percent}%
    </span>
  );
}
