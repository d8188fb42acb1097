import { accountNumberField, managerField } from "@/components/console/record-page";
import { getContract } from "@/db/access/records/contracts";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import type { getTimesheetEntry } from "@/db/access/records/timesheets";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveTimesheetsAction } from "./actions";

function fieldsFor(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  const people = managerField(staff);
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "workedOn", label: "Date", kind: "date", required: true },
    { name: "hours", label: "Hours", kind: "number", hint: "For example 1.5", required: true },
    { ...people, name: "personId", label: "Worked by" },
    managerField(staff),
    { name: "description", label: "What was done", kind: "textarea" },
  ];
}

function valuesOf(entry: Loaded<typeof getTimesheetEntry> | null): FormValues {
  if (!entry) return { workedOn: new Date().toISOString().slice(0, 10) };
  return {
    workedOn: entry.workedOn,
    hours: String(entry.minutes / 60),
    personId: entry.personId ?? "",
    managerId: entry.managerId ?? "",
    description: entry.description,
  };
}

export const timeEntryEditor: RecordEditor<Loaded<typeof getTimesheetEntry>> = {
  kind: "timesheet",
  action: saveTimesheetsAction,
  fields: fieldsFor,
  values: valuesOf,
  heading: (entry) => entry.description,
  parent: { param: "contract", field: "contractId", path: "/console/contracts", load: getContract, title: (name) => `Log time on ${name}` },
};
