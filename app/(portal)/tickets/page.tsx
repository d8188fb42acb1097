import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { DateTime } from "@/components/ui/date-time";
import { humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { requirePortalModule } from "@/db/access/records/portal";
import { listMyTickets, ticketStatuses } from "@/db/access/records/tickets";

export const metadata: Metadata = { title: "Support tickets" };

export default async function TicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("tickets.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyTickets(viewer, params);
  return (
    <RecordList
      title="Support tickets"
      basePath="/tickets"
      searchLabel="Search tickets by subject or number"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: ticketStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[
        { value: "updated", label: "Recently active" },
        { value: "number", label: "Newest number first" },
        { value: "subject", label: "By subject" },
      ]}
      columns={["Ticket", "Subject", "Status", "Priority", "Opened by", "Last activity"]}
      isEmpty={rows.length === 0}
      empty="No tickets match."
      nextCursor={nextCursor}
    >
      {rows.map((ticket) => (
        <tr key={ticket.id} className="border-t border-zinc-100">
          <RecordLink href={`/tickets/${ticket.id}`}>#{ticket.number}</RecordLink>
          <Cell>{ticket.subject}</Cell>
          <Cell>{humanize(ticket.status)}</Cell>
          <Cell>{humanize(ticket.priority)}</Cell>
          <Cell>{ticket.openedBy ?? "—"}</Cell>
          <Cell>
            <DateTime value={ticket.updatedAt} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
