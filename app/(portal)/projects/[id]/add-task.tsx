import { randomUUID } from "node:crypto";
import { FormWithFiles } from "@/components/files/form-with-files";
import { TextAreaField, TextField } from "@/components/ui/field";
import { mayAddTaskTo } from "@/db/access/records/client-tasks";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { can } from "@/db/access/permissions/resolver";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { addTaskAction } from "./actions";

/** "Add a task" on a project, for a contact who may create tasks there; nothing otherwise. Files too, with "upload files". */
export async function AddTask({ viewer, projectId }: { viewer: ContactViewer; projectId: string }) {
  if (!(await mayAddTaskTo(viewer, projectId))) return null;
  const mayAttach = await can(viewer, "files.upload");
  return (
    <section aria-labelledby="add-task-heading" className="rounded-xl bg-white p-5 ring-1 ring-zinc-200">
      <h2 id="add-task-heading" className="mb-2 text-section">
        Add a task
      </h2>
      <FormWithFiles
        action={addTaskAction}
        title="Add a task"
        submitLabel="Add the task"
        record={{ type: "task" }}
        maxBytes={mayAttach ? maxUploadBytes() : null}
        from="portal"
        className="space-y-3"
      >
        <input type="hidden" name="projectId" value={projectId} />
        {/* A fresh key per rendered form: a retried submission makes the task once. */}
        <input type="hidden" name="requestKey" value={randomUUID()} />
        <TextField label="Title" name="title" required maxLength={200} />
        <TextAreaField label="Description" name="description" rows={3} maxLength={5000} />
        <TextField label="Due (optional)" name="dueOn" type="date" />
      </FormWithFiles>
    </section>
  );
}
