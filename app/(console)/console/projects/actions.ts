"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { projectInputSchema, saveProject } from "@/db/access/records/projects";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveProjectAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(
    formData,
    projectInputSchema,
    (id, input, requestKey) => saveProject(viewer, id, input, requestKey),
    "/console/projects",
  );
}
