import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { TicketActions } from "./ticket-actions";
import { getMyTicket } from "@/db/access/records/tickets";
import { humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Support ticket" };

export default portalRecordPage("ticket", getMyTicket, (ticket, _currency, viewer) => ({
  title: `#${ticket.number} · ${ticket.subject}`,
  facts: [
    ["Status", humanize(ticket.status)],
    ["Priority", humanize(ticket.priority)],
    ["Opened by", ticket.openedBy ?? "—"],
    ["Handled by", ticket.managerName ?? "—"],
  ],
  body: <TicketActions viewer={viewer} ticket={ticket} />,
}));
