"use server";

import { revalidatePath } from "next/cache";
import { contactAction } from "@/app/_actions/action";
import { newTicketSchema, openTicketFromClient, setTicketStatusFromClient, ticketStatusSchema } from "@/db/access/records/client-tickets";

/** A client opens a ticket; the form sends its files to it, then opens it. */
export const openTicketAction = contactAction(
  newTicketSchema,
  async (input, { viewer, ip }) => {
    const result = await openTicketFromClient(viewer, input, ip);
    if (!result.ok) return { error: "You cannot open tickets. Ask us if you need to." };
    revalidatePath("/tickets");
    return { ok: true, createdId: result.id };
  },
  { explain: "message" },
);

/** A client closes a ticket they can see, or reopens it. */
export const setTicketStatusAction = contactAction(ticketStatusSchema, async (input, { viewer, ip }) => {
  const result = await setTicketStatusFromClient(viewer, input, ip);
  if (!result.ok) return { error: "This ticket is not there any more, or you cannot change it. Reload the page." };
  revalidatePath(`/tickets/${input.ticketId}`);
  return { ok: true, message: input.status === "closed" ? "Ticket closed. Reopen it any time." : "Ticket reopened." };
});
