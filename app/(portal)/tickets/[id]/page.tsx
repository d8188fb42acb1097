import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { TicketActions } from "./ticket-actions";
import { DateTime } from "@/components/ui/date-time";
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
  body: (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" className="mb-2 text-lg font-semibold">
        Conversation
      </h2>
      {ticket.messages.length === 0 ? <p className="text-sm text-ink-muted">No messages yet.</p> : null}
      <ol className="space-y-3">
        {ticket.messages.map((message) => (
          <li
            key={message.id}
            className={`rounded-xl p-4 text-sm ring-1 ${message.authorKind === "staff" ? "bg-white ring-zinc-200" : "bg-zinc-50 ring-zinc-200"}`}
          >
            <p className="mb-1 text-zinc-600">
              <span className="font-medium text-zinc-900">{message.authorName ?? "Someone who has left"}</span> ·{" "}
              <DateTime value={message.createdAt} />
            </p>
            <p className="whitespace-pre-line">{message.body}</p>
          </li>
        ))}
      </ol>
      <TicketActions viewer={viewer} ticket={ticket} />
    </section>
  ),
}));
