import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf } from "@/components/console/record-page";
import type { getForm } from "@/db/access/records/knowledge";
import { ticketPriorities } from "@/db/access/records/tickets";
import { formFieldKinds, formFieldLine } from "@/lib/form-fields";
import { humanize } from "@/lib/format";
import { saveFormsAction } from "./actions";

type SupportForm = Loaded<typeof getForm>;

const fieldsHint = `Kinds: ${Object.keys(formFieldKinds).join(", ")}. Add “| optional” for one that may be left empty, and list a choice's answers after it: “Product | choice | Web, iOS, Android”.`;

const tagsHint = "Comma-separated. A form tagged “Platinum” is seen only by Platinum contacts and accounts; no tags means everyone.";

function fields(): EditorField<SupportForm>[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "tags", label: "Tags", kind: "text", hint: tagsHint, value: (form) => form.tags.join(", ") },
    {
      name: "ticketPriority",
      label: "Tickets it opens are",
      kind: "select",
      options: choicesOf(ticketPriorities, (priority) => `${humanize(priority)} priority`),
      initial: "normal",
    },
    { name: "team", label: "Routed to team", kind: "text" },
    { name: "isPublished", label: "Published", kind: "checkbox", initial: true },
    { name: "description", label: "What it is for", kind: "textarea" },
    {
      name: "fields",
      label: "Fields, one per line: Label | kind",
      kind: "textarea",
      hint: fieldsHint,
      value: (form) => form.fields.map(formFieldLine).join("\n"),
      initial: "What do you need? | long_text",
    },
  ];
}

export const supportFormEditor: RecordEditor<SupportForm> = {
  list: { path: "/console/forms", label: "Support forms" },
  noun: "support form",
  action: saveFormsAction,
  fields,
  heading: (form) => form.title,
};
