import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { mayAddTaskTo } from "@/db/access/records/client-tasks";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { addTaskAction } from "./actions";

/** "Add a task" on a project, for a contact who may create tasks there; nothing otherwise. */
export async function AddTask({ viewer, projectId }: { viewer: ContactViewer; projectId: string }) {
  if (!(await mayAddTaskTo(viewer, projectId))) return null;
  return (
    <section aria-labelledby="add-task-heading" className="rounded-xl bg-white p-5 ring-1 ring-zinc-200">
      <h2 id="add-task-heading" className="mb-2 text-lg font-semibold">
        Add a task
      </h2>
      <ActionForm action={addTaskAction} title="Add a task" className="space-y-3">
        <input type="hidden" name="projectId" value={projectId} />
        {/* A fresh key per rendered form: a retried submission makes the task once. */}
        <input type="hidden" name="requestKey" value={randomUUID()} />
        <TextField label="Title" name="title" required maxLength={200} />
        <TextAreaField label="Description" name="description" rows={3} maxLength={5000} />
        <TextField label="Due (optional)" name="dueOn" type="date" />
        <Button type="submit">Add the task</Button>
      </ActionForm>
    </section>
  );
}
