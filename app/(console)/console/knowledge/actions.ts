"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveArticle, articleInputSchema } from "@/db/access/records/knowledge";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveKnowledgeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(
    formData,
    articleInputSchema,
    (id, input, requestKey) => saveArticle(viewer, id, input, requestKey),
    "/console/knowledge",
  );
}
