import { Button } from "@/components/ui/button";
import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { DateTime } from "@/components/ui/date-time";
import { NextPageLink } from "@/components/ui/next-page-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { listPendingActivations } from "@/db/access/onboarding/pending";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { BulkForm } from "./bulk-form";

export const metadata: Metadata = { title: "Pending activation" };

const paramsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  filter: z.enum(["all", "invited", "expired", "never_invited"]).catch("all").default("all"),
  sort: z.enum(["email", "sent"]).catch("email").default("email"),
  invitedBy: z.enum(["", "staff", "client"]).catch("").default(""),
  after: z.string().max(800).optional().catch(undefined),
});
const emailSchema = z.email();

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PendingPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const raw = await searchParams;
  const params = paramsSchema.parse({ q: raw.q, filter: raw.filter, sort: raw.sort, invitedBy: raw.invitedBy, after: raw.after });
  const { people, nextCursor } = await listPendingActivations(viewer, {
    query: params.q,
    filter: params.filter,
    invitedBy: params.invitedBy || undefined,
    sort: params.sort,
    cursor: params.after,
  });
  return (
    <>
      <h1 className="text-title">Pending activation</h1>
      <p className="mt-1 mb-4 text-sm text-zinc-600">People who may sign in but have not chosen a password yet, invited or not.</p>
      <form method="get" action="/console/pending" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Name, email or account
          </label>
          <input id="q" name="q" type="search" defaultValue={params.q} className="mt-1 rounded-md border border-zinc-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="filter" className="block text-sm font-medium">
            Invitation
          </label>
          <select
            id="filter"
            name="filter"
            defaultValue={params.filter}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2"
          >
            <option value="all">Any</option>
            <option value="invited">Invited, waiting</option>
            <option value="expired">Invitation expired</option>
            <option value="never_invited">Never invited</option>
          </select>
        </div>
        <div>
          <label htmlFor="invitedBy" className="block text-sm font-medium">
            Invited by
          </label>
          <select
            id="invitedBy"
            name="invitedBy"
            defaultValue={params.invitedBy}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2"
          >
            <option value="">Anyone</option>
            <option value="staff">A staff member</option>
            <option value="client">A client</option>
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="block text-sm font-medium">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={params.sort} className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2">
            <option value="email">Email</option>
            <option value="sent">Date invited (newest first)</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      <BulkForm batchKey={randomUUID()}>
        <DataTable
          columns={[{ label: "Select", isHidden: true }, "Email", "Account(s)", "Invited", "Invited by", "State"]}
          isEmpty={people.length === 0}
          empty="Nobody is waiting to activate with these filters."
        >
          {people.map((person) => (
            <tr key={person.id} className="border-t border-zinc-100">
              <td className="px-4 py-2">
                <input type="checkbox" name="contactId" value={person.id} aria-label={`Select ${person.email}`} className="size-4" />
              </td>
              <td className="px-4 py-2">
                {person.email}
                {emailSchema.safeParse(person.email).success ? null : (
                  <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-medium text-red-800">invalid address</span>
                )}
              </td>
              <td className="px-4 py-2">{person.accountNames}</td>
              <td className="px-4 py-2">
                <DateTime value={person.sentAt} />
              </td>
              <td className="px-4 py-2">{person.invitedBy ?? "—"}</td>
              <td className="px-4 py-2">
                <StatusBadge
                  status={person.state === "invited" ? "invited" : person.state === "expired" ? "invitation_expired" : "not_invited"}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      </BulkForm>
      <NextPageLink
        basePath="/console/pending"
        filters={{ q: params.q, filter: params.filter, invitedBy: params.invitedBy, sort: params.sort }}
        cursor={nextCursor}
      />
    </>
  );
}
