import { randomUUID } from "node:crypto";
import { mayAddTaskTo } from "@/db/access/records/client-tasks";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { can } from "@/db/access/permissions/resolver";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { AddTaskForm } from "./add-task-form";

/** "Add a task" on a project, for a contact who may create tasks there; nothing otherwise. Files too, with "upload files". */
export async function AddTask({ viewer, projectId }: { viewer: ContactViewer; projectId: string }) {
  if (!(await mayAddTaskTo(viewer, projectId))) return null;
  const mayAttach = await can(viewer, "files.upload");
  return (
    <section aria-labelledby="add-task-heading" className="rounded-xl bg-white p-5 ring-1 ring-zinc-200">
      <h2 id="add-task-heading" className="mb-2 text-lg font-semibold">
        Add a task
      </h2>
      <AddTaskForm projectId={projectId} requestKey={randomUUID()} maxBytes={mayAttach ? maxUploadBytes() : null} />
    </section>
  );
}
