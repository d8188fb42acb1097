import type { EditorField, Loaded, RecordEditor } from "@/components/console/record-editor";
import { choicesOf } from "@/components/console/record-page";
import { getProject } from "@/db/access/records/projects";
import { taskStatuses, type getTask } from "@/db/access/records/tasks";
import { saveTaskAction } from "./actions";

type Task = Loaded<typeof getTask>;

function fields(): EditorField<Task>[] {
  return [
    { name: "title", label: "Title", kind: "text", required: true },
    { name: "status", label: "Status", kind: "select", options: choicesOf(taskStatuses), initial: "open" },
    { name: "dueOn", label: "Due", kind: "date" },
    {
      name: "assigneeEmail",
      label: "For a client (their email)",
      kind: "text",
      hint: "A contact of the account who should act on it: it shows on their portal home, and they are told.",
    },
    { name: "description", label: "Description", kind: "textarea" },
  ];
}

export const taskEditor: RecordEditor<Task> = {
  kind: "task",
  action: saveTaskAction,
  fields,
  heading: (task) => task.title,
  context: (task) => (task.projectName ? ` · project ${task.projectName}` : ""),
  parent: { param: "project", field: "projectId", path: "/console/projects", load: getProject, title: (name) => `New task on ${name}` },
};
