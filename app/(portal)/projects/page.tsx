import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay, formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { getPublicBranding } from "@/db/access/branding/live";
import { listMyProjects, projectStatuses } from "@/db/access/records/projects";
import { requirePortalModule } from "@/db/access/records/portal";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("projects.view");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listMyProjects(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Projects"
      basePath="/projects"
      searchLabel="Search projects by name"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: projectStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[
        { value: "name", label: "Sort by name" },
        { value: "due", label: "Due soonest" },
        { value: "recent", label: "Newest first" },
      ]}
      columns={["Project", "Status", "Progress", "Due", "Budget used"]}
      isEmpty={rows.length === 0}
      empty="No projects match."
      nextCursor={nextCursor}
    >
      {rows.map((project) => (
        <tr key={project.id} className="border-t border-zinc-100">
          <RecordLink href={`/projects/${project.id}`}>{project.name}</RecordLink>
          <Cell>{humanize(project.status)}</Cell>
          <Cell>{project.progressPercent}%</Cell>
          <Cell>{formatDay(project.dueOn)}</Cell>
          <Cell>
            {project.budgetCents === null || project.budgetUsedCents === null ? (
              <span className="text-zinc-600">Not shared</span>
            ) : (
              `${formatMoney(project.budgetUsedCents, currency)} of ${formatMoney(project.budgetCents, currency)}`
            )}
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
