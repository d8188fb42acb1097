import Link from "next/link";
import { formatDay } from "@/lib/format";

type Project = { id: string; name: string; progressPercent: number; dueOn: string | null; accountName?: string | null };

/** Projects in progress, soonest due first, each with how far along it is. */
export function ProjectProgress({ projects, hrefOf, allHref }: { projects: Project[]; hrefOf: (id: string) => string; allHref: string }) {
  if (!projects.length) return null;
  return (
    <section aria-labelledby="progress-heading" className="space-y-3">
      <h2 id="progress-heading" className="text-section">
        Projects in progress
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {projects.map((project) => (
          <li key={project.id} className="rounded-panel bg-surface p-4 ring-1 ring-line">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Link href={hrefOf(project.id)} className="font-medium text-brand-ink underline">
                {project.name}
              </Link>
              <span className="text-meta text-ink-muted">
                {[project.accountName, project.dueOn ? `due ${formatDay(project.dueOn)}` : null].filter(Boolean).join(" · ")}
              </span>
            </div>
            <div
              role="progressbar"
              aria-label={`${project.name} progress`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={project.progressPercent}
              className="mt-3 h-2 overflow-hidden rounded-full bg-zinc-200"
            >
              <div className="h-full rounded-full bg-brand" style={{ width: `${project.progressPercent}%` }} />
            </div>
            <p className="mt-1 text-meta text-ink-muted">{project.progressPercent}% done</p>
          </li>
        ))}
      </ul>
      <p>
        <Link href={allHref} className="text-sm underline">
          All projects
        </Link>
      </p>
    </section>
  );
}
