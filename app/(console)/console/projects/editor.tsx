import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import Link from "next/link";
import { choicesOf } from "@/components/console/record-page";
import { projectStatuses, type getProject } from "@/db/access/records/projects";
import { saveProjectAction } from "./actions";

type Project = Loaded<typeof getProject>;

function fields(): EditorField<Project>[] {
  return [
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: choicesOf(projectStatuses), initial: "active" },
    { name: "progressPercent", label: "Progress (%)", kind: "number", initial: "0" },
    { name: "budget", label: "Budget", kind: "money", initial: "0.00" },
    { name: "budgetUsed", label: "Budget used", kind: "money", initial: "0.00" },
    { name: "startsOn", label: "Starts", kind: "date" },
    { name: "dueOn", label: "Due", kind: "date" },
    { name: "description", label: "Description", kind: "textarea" },
  ];
}

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

export const projectEditor: RecordEditor<Project> = {
  kind: "project",
  action: saveProjectAction,
  fields,
  heading: (project) => project.name,
  Extra: ProjectTasksLink,
};
