import type { ReactNode } from "react";
import { formatBytes } from "@/lib/format";
import { PageHeading } from "@/components/ui/page-heading";

// A portal record's page: where it sits, its title, its facts, and what is attached.
export function RecordDetail({
  backHref,
  backLabel,
  title,
  facts,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  facts: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <article className="space-y-6">
      <PageHeading backHref={backHref} backLabel={backLabel} title={title} />
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-xl bg-white p-5 text-sm ring-1 ring-zinc-200 sm:grid-cols-[auto_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-zinc-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}

export function AttachedFiles({ files }: { files: { id: string; name: string; sizeBytes: number }[] }) {
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading" className="mb-2 text-lg font-semibold">
        Files
      </h2>
      {files.length === 0 ? (
        <p className="text-sm text-ink-muted">No files attached.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-xl bg-white text-sm ring-1 ring-zinc-200">
          {files.map((file) => (
            <li key={file.id} className="flex justify-between gap-2 px-4 py-2">
              <a href={`/files/${file.id}`} className="font-medium text-brand-ink underline" download>
                {file.name}
              </a>
              <span className="text-zinc-600">{formatBytes(file.sizeBytes)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
