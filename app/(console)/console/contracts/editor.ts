import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import type { getContract } from "@/db/access/records/contracts";
import { saveContractsAction } from "./actions";
import { Extra } from "./extra";

type Contract = Loaded<typeof getContract>;

function fields(): EditorField<Contract>[] {
  return [
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "startsOn", label: "Starts", kind: "date", required: true },
    { name: "endsOn", label: "Ends", kind: "date", required: true },
    { name: "allowanceHours", label: "Allowance (hours)", kind: "number", value: (row) => String(row.allowanceMinutes / 60), initial: "0" },
  ];
}

export const contractEditor: RecordEditor<Contract> = {
  kind: "contract",
  action: saveContractsAction,
  fields,
  heading: (row) => row.name,
  Extra,
};
