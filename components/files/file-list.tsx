import type { ReactNode } from "react";
import { DateTime } from "@/components/ui/date-time";
import { formatBytes } from "@/lib/format";

type ListedFile = { id: string; name: string; sizeBytes: number; uploaderName?: string | null; createdAt?: Date };

/** A record's files, each downloaded as an attachment, with who uploaded it and when; then whatever adds more. */
export function FileList({
  files,
  hrefBase,
  emptyText,
  children,
}: {
  files: ListedFile[];
  hrefBase: string;
  emptyText: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="files-heading" className="max-w-2xl space-y-3">
      <h2 id="files-heading" className="text-section">
        Files
      </h2>
      {files.length === 0 ? <p className="text-sm text-zinc-600">{emptyText}</p> : null}
      {files.length ? (
        <ul className="divide-y divide-zinc-100 rounded-xl bg-white text-sm ring-1 ring-zinc-200">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap justify-between gap-x-2 px-4 py-2">
              <a href={`${hrefBase}/${file.id}`} className="font-medium break-all text-brand-ink underline" download>
                {file.name}
              </a>
              <span className="text-zinc-600">
                {formatBytes(file.sizeBytes)}
                {file.uploaderName ? ` · ${file.uploaderName}` : ""}
                {file.createdAt ? (
                  <>
                    {" · "}
                    <DateTime value={file.createdAt} />
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </section>
  );
}
