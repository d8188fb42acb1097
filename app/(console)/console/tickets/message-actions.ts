"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_actions/action";
import { addTicketMessage } from "@/db/access/records/tickets";

const messageSchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, "Write a reply first.").max(20000, "Keep the reply under 20,000 characters."),
  isInternal: z.enum(["on"]).optional(),
});

export const addTicketMessageAction = staffAction(
  "clients",
  messageSchema,
  async ({ ticketId, body, isInternal }, { viewer }) => {
    if (!(await addTicketMessage(viewer, ticketId, body, isInternal === "on"))) return { error: "This ticket no longer exists." };
    revalidatePath(`/console/tickets/${ticketId}`);
    return { ok: true, message: isInternal ? "Staff note added." : "Reply added; the client sees it on the ticket." };
  },
  { explain: "message" },
);
