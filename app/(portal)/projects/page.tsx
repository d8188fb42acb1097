import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMyProjects, projectStatuses } from "@/db/access/records/projects";
import { formatDay, formatMoney, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Projects" };

export default portalListPage("project", {
  read: listMyProjects,
  title: "Projects",
  searchLabel: "Search projects by name",
  filter: { label: "Status", choices: projectStatuses },
  sorts: [
    ["name", "Sort by name"],
    ["due", "Due soonest"],
    ["recent", "Newest first"],
  ],
  empty: "No projects match.",
  columns: [
    ["Project", (project) => project.name],
    ["Status", (project) => humanize(project.status)],
    ["Progress", (project) => `${project.progressPercent}%`],
    ["Due", (project) => formatDay(project.dueOn)],
    [
      "Budget used",
      (project, currency) =>
        project.budgetCents === null || project.budgetUsedCents === null ? (
          <span className="text-zinc-600">Not shared</span>
        ) : (
          `${formatMoney(project.budgetUsedCents, currency)} of ${formatMoney(project.budgetCents, currency)}`
        ),
    ],
  ],
});
