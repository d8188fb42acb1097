import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listProjects, projectStatuses } from "@/db/access/records/projects";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Projects" };

export default async function ConsoleProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listProjects(viewer, params);
  return (
    <>
      <RecordList
        title="Projects"
        action={
          <Link href="/console/projects/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
            New project
          </Link>
        }
        basePath="/console/projects"
        searchLabel="Search by project or client"
        params={params}
        filter={{ label: "Status", anyLabel: "Any status", options: projectStatuses.map((value) => ({ value, label: humanize(value) })) }}
        sorts={[{ value: "recent", label: "Newest first" }]}
        columns={["Project", "Client", "Status", "Manager"]}
        isEmpty={rows.length === 0}
        empty="No projects match."
        nextCursor={nextCursor}
      >
        {rows.map((project) => (
          <tr key={project.id} className="border-t border-zinc-100">
            <RecordLink href={`/console/projects/${project.id}`}>{project.name}</RecordLink>
            <Cell>{project.accountName}</Cell>
            <Cell>{humanize(project.status)}</Cell>
            <Cell>{project.managerName ?? "—"}</Cell>
          </tr>
        ))}
      </RecordList>
    </>
  );
}
