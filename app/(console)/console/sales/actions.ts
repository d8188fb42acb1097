"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveSale, saleInputSchema } from "@/db/access/records/sales";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveSalesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(formData, saleInputSchema, (id, input, requestKey) => saveSale(viewer, id, input, requestKey), "/console/sales");
}
