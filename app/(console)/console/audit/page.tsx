import { Button } from "@/components/ui/button";
import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { Fragment } from "react";
import { describeAuditDetail, describeAuditEvent, plainIp } from "@/lib/audit-sentences";
import { z } from "zod";
import { DateTime } from "@/components/ui/date-time";
import { listAuditEvents } from "@/db/access/people/audit-log";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Audit log" };

const families = [
  ["", "All events"],
  ["sign_in", "Sign-ins and failures"],
  ["invitation", "Invitations"],
  ["password", "Passwords and resets"],
  ["contact", "Contact access"],
  ["account", "Account access"],
  ["settings", "Settings"],
  ["view_as", "View as contact"],
] as const;

const paramsSchema = z.object({
  action: z
    .enum(families.map(([value]) => value) as [string, ...string[]])
    .catch("")
    .default(""),
  person: z.string().max(200).catch("").default(""),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("audit");
  const raw = await searchParams;
  const params = paramsSchema.parse({ action: raw.action, person: raw.person, before: raw.before });
  const { events, nextBeforeId } = await listAuditEvents(viewer, { action: params.action, person: params.person, beforeId: params.before });
  const next = new URLSearchParams({ action: params.action, person: params.person, before: String(nextBeforeId) });
  return (
    <>
      <h1 className="mb-4 text-title">Audit log</h1>
      <form method="get" action="/console/audit" className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Events
          </label>
          <select
            id="action"
            name="action"
            defaultValue={params.action}
            className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2"
          >
            {families.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="person" className="block text-sm font-medium">
            Person (name or email)
          </label>
          <input id="person" name="person" defaultValue={params.person} className="mt-1 rounded-md border border-zinc-300 px-3 py-2" />
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <DataTable
        className="mt-4"
        columns={["When", "What happened", "From"]}
        isEmpty={events.length === 0}
        empty="No events match these filters."
      >
        {events.map((event) => {
          const detail = describeAuditDetail(event.detail as Record<string, unknown>);
          return (
            <tr key={event.id} className="border-t border-zinc-100 align-top">
              <td className="px-4 py-2 whitespace-nowrap">
                <DateTime value={event.createdAt} />
              </td>
              <td className="px-4 py-2">
                {describeAuditEvent({ ...event, detail: event.detail as Record<string, unknown> })}
                {event.subjectEmail ? <span className="block text-xs text-zinc-600">{event.subjectEmail}</span> : null}
                {detail.length ? (
                  <details className="mt-1 text-xs text-zinc-700">
                    <summary className="cursor-pointer">Details</summary>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
                      {detail.map(([label, value]) => (
                        <Fragment key={label}>
                          <dt className="text-zinc-500">{label}</dt>
                          <dd className="break-all">{value}</dd>
                        </Fragment>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </td>
              <td className="px-4 py-2 whitespace-nowrap">{plainIp(event.ip)}</td>
            </tr>
          );
        })}
      </DataTable>
      {nextBeforeId ? (
        <Link href={`/console/audit?${next}`} className="mt-4 inline-block font-medium text-brand-ink underline">
          Older events
        </Link>
      ) : null}
    </>
  );
}
