import { accountNumberField, managerField, moneyInput } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { quoteStatuses, type getQuote } from "@/db/access/records/quotes";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveQuotesAction } from "./actions";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "number", label: "Quote number", kind: "text", required: true },
    { name: "title", label: "Title", kind: "text", required: true },
    {
      name: "status",
      label: "Status",
      kind: "select",
      options: quoteStatuses.map((value) => ({ value, label: value === "draft" ? "Draft (hidden from the client)" : humanize(value) })),
    },
    { name: "issuedOn", label: "Issued", kind: "date", required: true },
    { name: "validUntil", label: "Valid until", kind: "date" },
    managerField(staff),
    { name: "lines", label: "Lines (description, quantity, unit price)", kind: "lines" },
  ];
}

function valuesOf(quote: Loaded<typeof getQuote> | null): FormValues {
  if (!quote) return { status: "draft", issuedOn: new Date().toISOString().slice(0, 10) };
  return {
    number: quote.number,
    title: quote.title,
    status: quote.status,
    issuedOn: quote.issuedOn,
    validUntil: quote.validUntil ?? "",
    managerId: quote.managerId ?? "",
    lines: quote.lines.map((line) => ({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: moneyInput(line.unitCents),
    })),
  };
}

export const quoteEditor: RecordEditor<Loaded<typeof getQuote>> = {
  kind: "quote",
  action: saveQuotesAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (quote) => `Quote ${quote.number}`,
};
