import { managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import type { getForm } from "@/db/access/records/knowledge";
import { ticketPriorities } from "@/db/access/records/tickets";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveFormsAction } from "./actions";

function fieldsFor(staff: { id: string; name: string }[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    {
      name: "tags",
      label: "Tags",
      kind: "text",
      hint: "Comma-separated. A form tagged “Platinum” is seen only by Platinum contacts and accounts; no tags means everyone.",
    },
    {
      name: "ticketPriority",
      label: "Tickets it opens are",
      kind: "select",
      options: ticketPriorities.map((value) => ({ value, label: `${humanize(value)} priority` })),
    },
    { name: "team", label: "Routed to team", kind: "text" },
    managerField(staff),
    { name: "isPublished", label: "Published", kind: "checkbox" },
    { name: "description", label: "What it is for", kind: "textarea" },
    { name: "fields", label: "Fields, one per line: Label | text, long_text or email", kind: "textarea" },
  ];
}

function valuesOf(form: Loaded<typeof getForm> | null): FormValues {
  if (!form) return { isPublished: true, ticketPriority: "normal", fields: "What do you need? | long_text" };
  return {
    title: form.title,
    tags: form.tags.join(", "),
    ticketPriority: form.ticketPriority,
    team: form.team,
    managerId: form.managerId ?? "",
    isPublished: form.isPublished,
    description: form.description,
    fields: form.fields.map((field) => `${field.label} | ${field.kind}`).join("\n"),
  };
}

export const supportFormEditor: RecordEditor<Loaded<typeof getForm>> = {
  list: { path: "/console/forms", label: "Support forms" },
  noun: "support form",
  action: saveFormsAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (form) => form.title,
};
