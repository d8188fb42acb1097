import { accountNumberField, managerField } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { taskStatuses, type getTask } from "@/db/access/records/tasks";

export function taskFields(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: taskStatuses.map((value) => ({ value, label: humanize(value) })) },
    { name: "dueOn", label: "Due", kind: "date" },
    managerField(staff),
    { name: "description", label: "Description", kind: "textarea" },
  ];
}

export function taskValues(task: NonNullable<Awaited<ReturnType<typeof getTask>>> | null, accountNumber = ""): FormValues {
  if (!task) return { status: "open", accountNumber };
  return {
    title: task.title,
    status: task.status,
    dueOn: task.dueOn ?? "",
    managerId: task.managerId ?? "",
    description: task.description,
  };
}
