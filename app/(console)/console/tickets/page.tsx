import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listTickets, ticketStatuses } from "@/db/access/records/tickets";
import { humanize } from "@/lib/format";
import { ticketEditor } from "./editor";

export const metadata: Metadata = { title: "Tickets" };

export default consoleListPage(ticketEditor, {
  read: listTickets,
  searchLabel: "Search tickets",
  filter: { label: "Status", choices: ticketStatuses },
  columns: [
    ["Ticket", (row) => `#${row.number}`],
    ["Subject", (row) => row.subject],
    clientColumn,
    ["Status", (row) => humanize(row.status)],
    ["Priority", (row) => humanize(row.priority)],
    ["Team", (row) => row.team ?? "—"],
    managerColumn,
  ],
});
