import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf, today } from "@/components/console/record-page";
import { quoteStatuses, type getQuote } from "@/db/access/records/quotes";
import { humanize } from "@/lib/format";
import { saveQuotesAction } from "./actions";
import { ClientAnswers } from "./client-answers";

type Quote = Loaded<typeof getQuote>;

const draftLabel = (status: string) => (status === "draft" ? "Draft (hidden from the client)" : humanize(status));

function fields(): EditorField<Quote>[] {
  return [
    { name: "number", label: "Quote number", kind: "text", required: true },
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: choicesOf(quoteStatuses, draftLabel), initial: "draft" },
    { name: "issuedOn", label: "Issued", kind: "date", required: true, initial: today() },
    { name: "validUntil", label: "Valid until", kind: "date" },
    { name: "lines", label: "Lines (description, quantity, unit price)", kind: "lines" },
  ];
}

export const quoteEditor: RecordEditor<Quote> = {
  kind: "quote",
  action: saveQuotesAction,
  fields,
  heading: (quote) => `Quote ${quote.number}`,
  context: (quote) => ` · version ${quote.version}`,
  Extra: ClientAnswers,
};
