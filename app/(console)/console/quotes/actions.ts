"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveQuote, quoteInputSchema } from "@/db/access/records/quotes";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveQuotesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(formData, quoteInputSchema, (id, input, requestKey) => saveQuote(viewer, id, input, requestKey), "/console/quotes");
}
