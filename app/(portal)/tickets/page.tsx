import type { Metadata } from "next";
import Link from "next/link";
import { portalListPage } from "@/components/portal/portal-list-page";
import { mayOpenTickets } from "@/db/access/records/client-tickets";
import { DateTime } from "@/components/ui/date-time";
import { listMyTickets, ticketStatuses } from "@/db/access/records/tickets";
import { humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Support tickets" };

export default portalListPage("ticket", {
  read: listMyTickets,
  title: "Support tickets",
  action: async (viewer) =>
    (await mayOpenTickets(viewer)) ? (
      <Link href="/tickets/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
        New ticket
      </Link>
    ) : null,
  searchLabel: "Search tickets by subject or number",
  filter: { label: "Status", choices: ticketStatuses },
  sorts: [
    ["updated", "Recently active"],
    ["number", "Newest number first"],
    ["subject", "By subject"],
  ],
  empty: "No tickets match.",
  columns: [
    ["Ticket", (ticket) => `#${ticket.number}`],
    ["Subject", (ticket) => ticket.subject],
    ["Status", (ticket) => humanize(ticket.status)],
    ["Priority", (ticket) => humanize(ticket.priority)],
    ["Opened by", (ticket) => ticket.openedBy ?? "—"],
    ["Last activity", (ticket) => <DateTime value={ticket.updatedAt} />],
  ],
});
