import Link from "next/link";
import { humanize } from "@/lib/format";
import { listAccountProjects } from "@/db/access/records/projects";
import type { StaffViewer } from "@/db/access/viewer/viewer";

// The account's projects as its clients list them, with nothing withheld.
export async function AccountProjects({ viewer, accountId }: { viewer: StaffViewer; accountId: string }) {
  const { rows, nextCursor } = await listAccountProjects(viewer, accountId);
  return (
    <section aria-labelledby="account-projects-heading" className="mt-8 max-w-2xl">
      <h2 id="account-projects-heading" className="mb-2 text-section">
        Projects
      </h2>
      {rows.length === 0 ? <p className="text-sm text-zinc-600">No projects yet.</p> : null}
      <ul className="divide-y divide-zinc-100 rounded-lg bg-white text-sm ring-1 ring-zinc-200">
        {rows.map((project) => (
          <li key={project.id} className="flex justify-between gap-2 px-4 py-2">
            <Link href={`/console/projects/${project.id}`} className="font-medium text-brand-ink underline">
              {project.name}
            </Link>
            <span className="text-zinc-600">
              {humanize(project.status)} · {project.progressPercent}%
            </span>
          </li>
        ))}
      </ul>
      {nextCursor ? <p className="mt-2 text-sm text-zinc-600">Showing the first {rows.length}; search Projects for the rest.</p> : null}
    </section>
  );
}
