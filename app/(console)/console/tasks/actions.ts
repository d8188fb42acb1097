"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveTask, taskInputSchema } from "@/db/access/records/tasks";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveTaskAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const projectId = formData.get("projectId");
  return saveFromForm(
    formData,
    taskInputSchema,
    (id, input, requestKey) => saveTask(viewer, id, input, typeof projectId === "string" ? projectId : undefined, requestKey),
    "/console/tasks",
  );
}
