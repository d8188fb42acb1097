"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { contactAction } from "@/app/_actions/action";
import {
  newTicketSchema,
  openTicketFromClient,
  replyToTicketFromClient,
  setTicketStatusFromClient,
  ticketReplySchema,
  ticketStatusSchema,
} from "@/db/access/records/client-tickets";

const GONE = "This ticket is not there any more, or you cannot change it. Reload the page.";

/** A client opens a ticket; they land on it. */
export const openTicketAction = contactAction(
  newTicketSchema,
  async (input, { viewer, ip }) => {
    const result = await openTicketFromClient(viewer, input, ip);
    if (!result.ok) return { error: "You cannot open tickets. Ask us if you need to." };
    revalidatePath("/tickets");
    redirect(`/tickets/${result.id}`);
  },
  { explain: "message" },
);

/** A client replies on a ticket they can see. */
export const replyToTicketAction = contactAction(
  ticketReplySchema,
  async (input, { viewer, ip }) => {
    const result = await replyToTicketFromClient(viewer, input, ip);
    if (!result.ok) return { error: result.error === "closed" ? "This ticket is closed. Reopen it to reply." : GONE };
    revalidatePath(`/tickets/${input.ticketId}`);
    return { ok: true, message: "Reply sent. We will answer here." };
  },
  { explain: "message" },
);

/** A client closes a ticket they can see, or reopens it. */
export const setTicketStatusAction = contactAction(ticketStatusSchema, async (input, { viewer, ip }) => {
  const result = await setTicketStatusFromClient(viewer, input, ip);
  if (!result.ok) return { error: GONE };
  revalidatePath(`/tickets/${input.ticketId}`);
  return { ok: true, message: input.status === "closed" ? "Ticket closed. Reopen it any time." : "Ticket reopened." };
});
