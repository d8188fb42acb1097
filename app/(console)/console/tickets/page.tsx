import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listTickets, ticketStatuses } from "@/db/access/records/tickets";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Tickets" };

export default async function ConsoleTicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listTickets(viewer, params);
  return (
    <RecordList
      title="Tickets"
      action={
        <Link href="/console/tickets/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New ticket
        </Link>
      }
      basePath="/console/tickets"
      searchLabel="Search tickets"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: ticketStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Ticket", "Subject", "Client", "Status", "Priority", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/tickets/${row.id}`}>#{row.number}</RecordLink>
          <Cell>{row.subject}</Cell>
          <Cell>{row.accountName}</Cell>
          <Cell>{humanize(row.status)}</Cell>
          <Cell>{humanize(row.priority)}</Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
