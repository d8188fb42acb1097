import Link from "next/link";
import { accountNumberField, managerField, moneyInput } from "@/components/console/record-page";
import type { FieldSpec, FormValues } from "@/components/console/record-form";
import { humanize } from "@/lib/format";
import { projectStatuses, type getProject } from "@/db/access/records/projects";
import type { RecordEditor, Loaded } from "@/components/console/record-editor";
import { saveProjectAction } from "./actions";

function projectFields(staff: { id: string; name: string }[], isNew: boolean): FieldSpec[] {
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

function projectValues(project: Loaded<typeof getProject> | null): FormValues {
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

export const projectEditor: RecordEditor<Loaded<typeof getProject>> = {
  kind: "project",
  action: saveProjectAction,
  fields: projectFields,
  values: projectValues,
  heading: (project) => project.name,
  Extra: ProjectTasksLink,
};

/** On a project's page: a task made from here belongs to the project. */
function ProjectTasksLink({ record }: { record: { id: string } }) {
  return (
    <p>
      <Link href={`/console/tasks/new?project=${record.id}`} className="font-medium text-brand-ink underline">
        Add a task to this project
      </Link>
    </p>
  );
}
