import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf } from "@/components/console/record-page";
import { saleStages, type getSale } from "@/db/access/records/sales";
import { saveSalesAction } from "./actions";

type Sale = Loaded<typeof getSale>;

function fields(): EditorField<Sale>[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "stage", label: "Stage", kind: "select", options: choicesOf(saleStages), initial: "lead" },
    { name: "value", label: "Value", kind: "money", initial: "0.00" },
    { name: "expectedCloseOn", label: "Expected close", kind: "date" },
  ];
}

export const saleEditor: RecordEditor<Sale> = { kind: "sale", action: saveSalesAction, fields, heading: (sale) => sale.title };
