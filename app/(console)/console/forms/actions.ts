"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveForm, formInputSchema } from "@/db/access/records/knowledge";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveFormsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(formData, formInputSchema, (id, input, requestKey) => saveForm(viewer, id, input, requestKey), "/console/forms");
}
