import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { managerField, today } from "@/components/console/record-page";
import { getContract } from "@/db/access/records/contracts";
import type { getTimesheetEntry } from "@/db/access/records/timesheets";
import { saveTimesheetsAction } from "./actions";
import { ReviewTime } from "./review";

type Entry = Loaded<typeof getTimesheetEntry>;

function fields(staff: { id: string; name: string }[]): EditorField<Entry>[] {
  return [
    { name: "workedOn", label: "Date", kind: "date", required: true, initial: today() },
    {
      name: "hours",
      label: "Hours",
      kind: "number",
      hint: "For example 1.5",
      required: true,
      value: (entry) => String(entry.minutes / 60),
    },
    { ...managerField(staff), name: "personId", label: "Worked by" },
    { name: "description", label: "What was done", kind: "textarea" },
  ];
}

export const timeEntryEditor: RecordEditor<Entry> = {
  kind: "timesheet",
  action: saveTimesheetsAction,
  fields,
  parent: { param: "contract", field: "contractId", path: "/console/contracts", load: getContract, title: (name) => `Log time on ${name}` },
  heading: (entry) => entry.description,
  Extra: ReviewTime,
};
