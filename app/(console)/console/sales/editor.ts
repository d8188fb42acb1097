import { accountNumberField, managerField, moneyInput } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { saleStages, type getSale } from "@/db/access/records/sales";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveSalesAction } from "./actions";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "stage", label: "Stage", kind: "select", options: saleStages.map((value) => ({ value, label: humanize(value) })) },
    { name: "value", label: "Value", kind: "money" },
    { name: "expectedCloseOn", label: "Expected close", kind: "date" },
    managerField(staff),
  ];
}

function valuesOf(sale: Loaded<typeof getSale> | null): FormValues {
  if (!sale) return { stage: "lead", value: "0.00" };
  return {
    title: sale.title,
    stage: sale.stage,
    value: moneyInput(sale.valueCents),
    expectedCloseOn: sale.expectedCloseOn ?? "",
    managerId: sale.managerId ?? "",
  };
}

export const saleEditor: RecordEditor<Loaded<typeof getSale>> = {
  kind: "sale",
  action: saveSalesAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (sale) => sale.title,
};
