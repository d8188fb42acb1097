import { accountNumberField, managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import type { getContract } from "@/db/access/records/contracts";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveContractsAction } from "./actions";
import { Extra } from "./extra";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "startsOn", label: "Starts", kind: "date", required: true },
    { name: "endsOn", label: "Ends", kind: "date", required: true },
    { name: "allowanceHours", label: "Allowance (hours)", kind: "number" },
    managerField(staff),
  ];
}

function valuesOf(contract: Loaded<typeof getContract> | null): FormValues {
  if (!contract) return { allowanceHours: "0" };
  return {
    name: contract.name,
    startsOn: contract.startsOn,
    endsOn: contract.endsOn,
    allowanceHours: String(contract.allowanceMinutes / 60),
    managerId: contract.managerId ?? "",
  };
}

export const contractEditor: RecordEditor<Loaded<typeof getContract>> = {
  kind: "contract",
  action: saveContractsAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (contract) => contract.name,
  Extra,
};
