import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { ticketMessages, tickets } from "@/db/schema";
import { actingAs, can } from "../permissions/resolver";
import { titleSchema } from "./inputs";
import { auditClientChange, earlierRecord, rememberRecord } from "./save";
import { mayViewRecord } from "./visibility";
import type { ContactViewer } from "../viewer/viewer";

// Clients opening support tickets and keeping the conversation going: reply, close, reopen. A
// ticket is the client's to act on when they can see it (their own, or every one of their
// account's with "see all account activity"); staff viewing as them can do none of it.

const messageBody = z.string().trim().min(1, "Write your message first.").max(20000, "Keep the message under 20,000 characters.");

export const newTicketSchema = z.object({ subject: titleSchema("Subject"), body: messageBody, requestKey: z.uuid() });
export const ticketReplySchema = z.object({ ticketId: z.uuid(), body: messageBody, requestKey: z.uuid() });
export const ticketStatusSchema = z.object({ ticketId: z.uuid(), status: z.enum(["open", "closed"]) });

type Refused = { ok: false; error: "not_allowed" | "not_found" | "closed" };

/** May the contact open tickets at all (the "New ticket" link)? */
export async function mayOpenTickets(viewer: ContactViewer) {
  if (viewer.viewAs) return false;
  return can(viewer, "tickets.create");
}

/** Contact: opens a ticket at their account, its description the first message. Once per request key. */
export async function openTicketFromClient(
  viewer: ContactViewer,
  input: z.infer<typeof newTicketSchema>,
  ip?: string,
): Promise<{ ok: true; id: string } | Refused> {
  if (!(await mayOpenTickets(viewer))) return { ok: false, error: "not_allowed" };
  return db.transaction(async (tx) => {
    const earlier = await earlierRecord(tx, viewer, input.requestKey, "client-ticket");
    if (earlier) return { ok: true, id: earlier };
    const [ticket] = await tx
      .insert(tickets)
      .values({ accountId: viewer.accountId, contactId: viewer.userId, subject: input.subject })
      .returning({ id: tickets.id });
    await tx.insert(ticketMessages).values({ ticketId: ticket!.id, authorId: viewer.userId, body: input.body });
    await audit(tx, viewer, ticket!.id, "opened", ip);
    await rememberRecord(tx, input.requestKey, ticket!.id);
    return { ok: true, id: ticket!.id };
  });
}

/** Contact: replies on a ticket they can see that is not closed. Once per request key. */
export async function replyToTicketFromClient(
  viewer: ContactViewer,
  input: z.infer<typeof ticketReplySchema>,
  ip?: string,
): Promise<{ ok: true } | Refused> {
  if (viewer.viewAs) return { ok: false, error: "not_found" };
  return db.transaction(async (tx) => {
    if (await earlierRecord(tx, viewer, input.requestKey, "client-ticket-reply")) return { ok: true };
    const ticket = await visibleTicket(tx, viewer, input.ticketId);
    if (!ticket) return { ok: false, error: "not_found" };
    if (ticket.status === "closed") return { ok: false, error: "closed" };
    const [message] = await tx
      .insert(ticketMessages)
      .values({ ticketId: ticket.id, authorId: viewer.userId, body: input.body })
      .returning({ id: ticketMessages.id });
    // A reply from the client puts the ticket back with staff.
    await tx
      .update(tickets)
      .set({ status: "open", updatedAt: sql`now()` })
      .where(eq(tickets.id, ticket.id));
    await audit(tx, viewer, ticket.id, "replied", ip);
    await rememberRecord(tx, input.requestKey, message!.id);
    return { ok: true };
  });
}

/** Contact: closes a ticket they can see, or reopens it. */
export async function setTicketStatusFromClient(
  viewer: ContactViewer,
  input: z.infer<typeof ticketStatusSchema>,
  ip?: string,
): Promise<{ ok: true } | Refused> {
  if (viewer.viewAs) return { ok: false, error: "not_found" };
  return db.transaction(async (tx) => {
    const ticket = await visibleTicket(tx, viewer, input.ticketId);
    if (!ticket) return { ok: false, error: "not_found" };
    if (ticket.status !== input.status) {
      await tx
        .update(tickets)
        .set({ status: input.status, updatedAt: sql`now()` })
        .where(eq(tickets.id, ticket.id));
      await audit(tx, viewer, ticket.id, input.status === "closed" ? "closed" : "reopened", ip);
    }
    return { ok: true };
  });
}

/** The ticket, locked for this change, when it is at the viewer's account and they may see it. */
async function visibleTicket(tx: Transaction, viewer: ContactViewer, ticketId: string) {
  const who = actingAs(viewer);
  const [ticket] = await tx
    .select({ id: tickets.id, status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), eq(tickets.accountId, who.accountId), mayViewRecord(who, "ticket")))
    .for("update");
  return ticket;
}

function audit(tx: Transaction, viewer: ContactViewer, ticketId: string, what: string, ip?: string) {
  return auditClientChange(tx, viewer, { action: "record.updated", type: "ticket", id: ticketId, what }, ip);
}
