"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveTicket, ticketInputSchema } from "@/db/access/records/tickets";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveTicketsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(
    formData,
    ticketInputSchema,
    (id, input, requestKey) => saveTicket(viewer, id, input, requestKey),
    "/console/tickets",
  );
}
