import { accountNumberField, managerField, moneyInput } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { projectStatuses, type getProject } from "@/db/access/records/projects";

export function projectFields(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
  return [
    ...(isNew ? [accountNumberField] : []),
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: projectStatuses.map((value) => ({ value, label: humanize(value) })) },
    { name: "progressPercent", label: "Progress (%)", kind: "number" },
    { name: "budget", label: "Budget", kind: "money" },
    { name: "budgetUsed", label: "Budget used", kind: "money" },
    { name: "startsOn", label: "Starts", kind: "date" },
    { name: "dueOn", label: "Due", kind: "date" },
    managerField(staff),
    { name: "description", label: "Description", kind: "textarea" },
  ];
}

export function projectValues(project: NonNullable<Awaited<ReturnType<typeof getProject>>> | null): FormValues {
  if (!project) return { status: "active", progressPercent: "0", budget: "0.00", budgetUsed: "0.00" };
  return {
    name: project.name,
    status: project.status,
    progressPercent: String(project.progressPercent),
    budget: moneyInput(project.budgetCents),
    budgetUsed: moneyInput(project.budgetUsedCents),
    startsOn: project.startsOn ?? "",
    dueOn: project.dueOn ?? "",
    managerId: project.managerId ?? "",
    description: project.description,
  };
}
