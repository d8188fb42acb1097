import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf } from "@/components/console/record-page";
import { ticketPriorities, ticketStatuses, type getTicket } from "@/db/access/records/tickets";
import { saveTicketsAction } from "./actions";

type Ticket = Loaded<typeof getTicket>;

const openedByHint = "Someone at the account. Without “see all account activity”, only they see this ticket.";

function fields(): EditorField<Ticket>[] {
  return [
    { name: "subject", label: "Subject", kind: "text", required: true },
    { name: "contactEmail", label: "Opened by (contact's email)", kind: "text", hint: openedByHint },
    { name: "status", label: "Status", kind: "select", options: choicesOf(ticketStatuses), initial: "open" },
    { name: "priority", label: "Priority", kind: "select", options: choicesOf(ticketPriorities), initial: "normal" },
    { name: "team", label: "Team", kind: "text", hint: "The team that answers it, such as Platinum desk. Support forms set it." },
  ];
}

export const ticketEditor: RecordEditor<Ticket> = {
  kind: "ticket",
  action: saveTicketsAction,
  fields,
  heading: (ticket) => `#${ticket.number} · ${ticket.subject}`,
};
