"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/components/ui/action-state";
import { addTicketMessage } from "@/db/access/records/tickets";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const messageSchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, "Write a reply first.").max(20000, "Keep the reply under 20,000 characters."),
  isInternal: z.enum(["on"]).optional(),
});

export async function addTicketMessageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = messageSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This form was incomplete." };
  if (!(await addTicketMessage(viewer, parsed.data.ticketId, parsed.data.body, parsed.data.isInternal === "on")))
    return { error: "This ticket no longer exists." };
  revalidatePath(`/console/tickets/${parsed.data.ticketId}`);
  return { ok: true, message: parsed.data.isInternal ? "Staff note added." : "Reply added; the client sees it on the ticket." };
}
