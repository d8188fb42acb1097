"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveContract, contractInputSchema } from "@/db/access/records/contracts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveContractsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(
    formData,
    contractInputSchema,
    (id, input, requestKey) => saveContract(viewer, id, input, requestKey),
    "/console/contracts",
  );
}
