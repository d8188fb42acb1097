import { accountNumberField, managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { ticketPriorities, ticketStatuses, type getTicket } from "@/db/access/records/tickets";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveTicketsAction } from "./actions";
import { Extra } from "./extra";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "subject", label: "Subject", kind: "text", required: true },
    {
      name: "contactEmail",
      label: "Opened by (contact's email)",
      kind: "text",
      hint: "Someone at the account. Without “see all account activity”, only they see this ticket.",
    },
    { name: "status", label: "Status", kind: "select", options: ticketStatuses.map((value) => ({ value, label: humanize(value) })) },
    { name: "priority", label: "Priority", kind: "select", options: ticketPriorities.map((value) => ({ value, label: humanize(value) })) },
    managerField(staff),
  ];
}

function valuesOf(ticket: Loaded<typeof getTicket> | null): FormValues {
  if (!ticket) return { status: "open", priority: "normal" };
  return {
    subject: ticket.subject,
    contactEmail: ticket.contactEmail ?? "",
    status: ticket.status,
    priority: ticket.priority,
    managerId: ticket.managerId ?? "",
  };
}

export const ticketEditor: RecordEditor<Loaded<typeof getTicket>> = {
  kind: "ticket",
  action: saveTicketsAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (ticket) => `#${ticket.number} · ${ticket.subject}`,
  Extra,
};
