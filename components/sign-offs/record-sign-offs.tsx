import Link from "next/link";
import { listSignOffs } from "@/db/access/sign-offs/read";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { SignOffTable } from "./sign-off-table";

/** On a project, a ticket or an account page: its sign-offs, and a way to ask for a new one. */
export async function RecordSignOffs({
  viewer,
  source,
}: {
  viewer: StaffViewer;
  source: { project: string } | { ticket: string } | { account: string };
}) {
  const [key, id] = Object.entries(source)[0] as [string, string];
  const rows = await listSignOffs(viewer, key === "account" ? { accountId: id } : { objectId: id });
  return (
    <section aria-labelledby="sign-offs-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="sign-offs-heading" className="text-section">
          Sign-offs
        </h2>
        <Link
          href={`/console/sign-offs/new?${key}=${id}`}
          className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-50"
        >
          Ask for sign-off
        </Link>
      </div>
      <SignOffTable rows={rows} showAccount={false} />
    </section>
  );
}
