import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { getImport, type ImportPreview } from "@/db/access/people/imports";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { CommitForm } from "./commit-form";
import { PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Import preview" };

const n = (value: number) => value.toLocaleString("en-GB");

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const found = await getImport(viewer, (await params).id);
  if (!found) notFound();
  const good = found.totalRows - found.errorRows;
  const isWorking = found.status === "queued" || found.status === "running";
  const nothingToChange = found.preview !== null && found.preview.create + found.preview.update === 0;
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading backHref="/console/import" backLabel="Import contacts" title={found.fileName} />
      {found.preview ? <PreviewCounts preview={found.preview} refused={found.errorRows} /> : null}
      {found.status === "previewed" && nothingToChange ? (
        <p role="status" aria-label="Nothing to change" className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          Nothing to change: every row that can be imported is already as the file says. There is nothing to import.
        </p>
      ) : null}
      {found.status === "previewed" && !nothingToChange ? <CommitForm importId={found.id} goodRows={good} /> : null}
      {isWorking || found.status === "done" ? (
        <div role="status" aria-label="Import progress" className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <label htmlFor="import-progress" className="text-sm font-medium">
            {found.status === "done"
              ? `Imported ${n(good)} of ${n(found.totalRows)} rows; ${n(found.errorRows)} refused (listed below) and not imported`
              : `${found.status === "queued" ? "Waiting to start…" : "Importing…"} ${n(found.processedRows)} of ${n(found.totalRows)} rows`}
          </label>
          <progress id="import-progress" className="mt-2 block h-2 w-full" max={Math.max(found.totalRows, 1)} value={found.processedRows} />
          {found.status === "done" ? (
            <p className="mt-2 text-sm">
              {n(found.result.accountsCreated ?? 0)} accounts created, {n(found.result.accountsUpdated ?? 0)} updated;{" "}
              {n(found.result.contactsCreated ?? 0)} contacts created, {n(found.result.contactsUpdated ?? 0)} updated;{" "}
              {n(found.result.membershipsCreated ?? 0)} people added to accounts.
            </p>
          ) : null}
          <AutoRefresh isActive={isWorking} />
        </div>
      ) : null}
      {found.status === "failed" ? (
        <div className="space-y-2">
          <p role="alert" aria-label="Import failed" className="text-red-700">
            Nothing was written: the import failed ({found.lastError}). Try again, or fix the file and import it again.
          </p>
          <CommitForm importId={found.id} goodRows={good} label="Try again" />
        </div>
      ) : null}

      {found.problems.length > 0 ? (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading" className="mb-2 text-section">
            Refused rows{found.errorRows > found.problems.length ? ` (first ${found.problems.length})` : ""}
          </h2>
          <DataTable columns={["Line", "Email", "Problem"]} isEmpty={false} empty="">
            {found.problems.map((problem) => (
              <tr key={problem.line} className="border-t border-zinc-100">
                <td className="px-4 py-2">{problem.line}</td>
                <td className="px-4 py-2">{problem.email ?? "—"}</td>
                <td className="px-4 py-2">{problem.error}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </div>
  );
}

/** What committing would do, before it is done: rows that create, update, change nothing, or are refused. */
function PreviewCounts({ preview, refused }: { preview: ImportPreview; refused: number }) {
  const figures: [string, number, string][] = [
    ["Create", preview.create, "a new account, person or membership"],
    ["Update", preview.update, "a changed name or postcode, or a first password"],
    ["Unchanged", preview.unchanged, "already as the file says"],
    ["Refused", refused, "not imported: the reason is given for each"],
  ];
  return (
    <dl aria-label="What the import will do" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map(([label, count, meaning]) => (
        <div key={label} className="rounded-lg bg-white p-3 ring-1 ring-zinc-200">
          <dt className="text-sm text-zinc-600">{label}</dt>
          <dd className="text-title">{n(count)}</dd>
          <dd className="text-xs text-zinc-600">{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
