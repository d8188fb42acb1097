import { accountNumberField, managerField, moneyInput } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { invoiceStatuses, type getInvoice } from "@/db/access/records/invoices";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveInvoicesAction } from "./actions";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "number", label: "Invoice number", kind: "text", required: true },
    {
      name: "status",
      label: "Status",
      kind: "select",
      options: invoiceStatuses.map((value) => ({ value, label: value === "draft" ? "Draft (hidden from the client)" : humanize(value) })),
    },
    { name: "issuedOn", label: "Issued", kind: "date", required: true },
    { name: "dueOn", label: "Due", kind: "date" },
    { name: "amountPaid", label: "Amount paid", kind: "money" },
    managerField(staff),
    { name: "lines", label: "Lines (description, quantity, unit price)", kind: "lines" },
  ];
}

function valuesOf(invoice: Loaded<typeof getInvoice> | null): FormValues {
  if (!invoice) return { status: "draft", amountPaid: "0.00", issuedOn: new Date().toISOString().slice(0, 10) };
  return {
    number: invoice.number,
    status: invoice.status,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn ?? "",
    amountPaid: moneyInput(invoice.amountPaidCents),
    managerId: invoice.managerId ?? "",
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: moneyInput(line.unitCents),
    })),
  };
}

export const invoiceEditor: RecordEditor<Loaded<typeof getInvoice>> = {
  kind: "invoice",
  action: saveInvoicesAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (invoice) => `Invoice ${invoice.number}`,
};
