import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf, today } from "@/components/console/record-page";
import { invoiceStatuses, type getInvoice } from "@/db/access/records/invoices";
import { humanize } from "@/lib/format";
import { saveInvoicesAction } from "./actions";
import { InvoicePayments } from "./invoice-payments";

type Invoice = Loaded<typeof getInvoice>;

const draftLabel = (status: string) => (status === "draft" ? "Draft (hidden from the client)" : humanize(status));

function fields(): EditorField<Invoice>[] {
  return [
    { name: "number", label: "Invoice number", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: choicesOf(invoiceStatuses, draftLabel), initial: "draft" },
    { name: "issuedOn", label: "Issued", kind: "date", required: true, initial: today() },
    { name: "dueOn", label: "Due", kind: "date" },
    { name: "lines", label: "Lines (description, quantity, unit price)", kind: "lines" },
  ];
}

export const invoiceEditor: RecordEditor<Invoice> = {
  kind: "invoice",
  action: saveInvoicesAction,
  fields,
  heading: (invoice) => `Invoice ${invoice.number}`,
  Extra: InvoicePayments,
};
