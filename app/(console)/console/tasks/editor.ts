import { accountNumberField, managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { getProject } from "@/db/access/records/projects";
import { humanize } from "@/lib/format";
import { taskStatuses, type getTask } from "@/db/access/records/tasks";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveTaskAction } from "./actions";

function taskFields(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: taskStatuses.map((value) => ({ value, label: humanize(value) })) },
    { name: "dueOn", label: "Due", kind: "date" },
    managerField(staff),
    { name: "description", label: "Description", kind: "textarea" },
  ];
}

function taskValues(task: Loaded<typeof getTask> | null): FormValues {
  if (!task) return { status: "open" };
  return {
    title: task.title,
    status: task.status,
    dueOn: task.dueOn ?? "",
    managerId: task.managerId ?? "",
    description: task.description,
  };
}

export const taskEditor: RecordEditor<Loaded<typeof getTask>> = {
  kind: "task",
  action: saveTaskAction,
  fields: taskFields,
  values: taskValues,
  heading: (task) => task.title,
  context: (task) => (task.projectName ? ` · project ${task.projectName}` : ""),
  parent: { param: "project", field: "projectId", path: "/console/projects", load: getProject, title: (name) => `New task on ${name}` },
};
