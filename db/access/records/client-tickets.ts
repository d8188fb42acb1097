import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { tickets } from "@/db/schema";
import { recordActivity } from "../collaboration/activity";
import { unsafeFollowersOf } from "../collaboration/followers";
import { attachmentNamesSchema, messageBodySchema, unsafeStartThread, withAttachments } from "../collaboration/messages";
import { notify } from "../collaboration/notify";
import { actingAs, can } from "../permissions/resolver";
import { titleSchema } from "./inputs";
import { auditClientChange, earlierRecord, rememberRecord } from "./save";
import { mayViewRecord } from "./visibility";
import type { ContactViewer } from "../viewer/viewer";

// Clients opening support tickets, closing and reopening them (replies are the ticket's
// conversation: collaboration/messages.ts). A ticket is the client's to act on when they can see it
// (their own, or every one of their account's with "see all account activity"); staff viewing as
// them can do none of it.

export const newTicketSchema = z.object({
  subject: titleSchema("Subject"),
  body: messageBodySchema,
  attachmentNames: attachmentNamesSchema,
  requestKey: z.uuid(),
});
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
  input: Omit<z.infer<typeof newTicketSchema>, "attachmentNames"> & { attachmentNames?: string },
  ip?: string,
): Promise<{ ok: true; id: string } | Refused> {
  if (!(await mayOpenTickets(viewer))) return { ok: false, error: "not_allowed" };
  return db.transaction(async (tx) => {
    const earlier = await earlierRecord(tx, viewer, input.requestKey, "client-ticket");
    if (earlier) return { ok: true, id: earlier };
    const [ticket] = await tx
      .insert(tickets)
      .values({ accountId: viewer.accountId, contactId: viewer.userId, subject: input.subject })
      .returning({ id: tickets.id, number: tickets.number });
    const record = { type: "ticket" as const, id: ticket!.id, accountId: viewer.accountId };
    await unsafeStartThread(tx, {
      actorId: viewer.userId,
      record,
      title: `#${ticket!.number} · ${input.subject}`,
      body: withAttachments(input.body, input.attachmentNames),
      verb: "opened",
    });
    await audit(tx, viewer, ticket!.id, "opened", ip);
    await rememberRecord(tx, input.requestKey, ticket!.id);
    return { ok: true, id: ticket!.id };
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
      const verb = input.status === "closed" ? "closed" : "reopened";
      await audit(tx, viewer, ticket.id, verb, ip);
      const record = { type: "ticket" as const, id: ticket.id, accountId: viewer.accountId };
      await recordActivity(tx, { ...record, actorId: viewer.userId, verb, title: ticket.subject });
      await notify(tx, {
        kind: "tickets",
        record,
        to: [ticket.managerId, ...(await unsafeFollowersOf(tx, ticket.id))],
        actorId: viewer.userId,
        headline: `${viewer.name} ${verb} the ticket “${ticket.subject}”`,
        actionLabel: "See the ticket",
      });
    }
    return { ok: true };
  });
}

/** The ticket, locked for this change, when it is at the viewer's account and they may see it. */
async function visibleTicket(tx: Transaction, viewer: ContactViewer, ticketId: string) {
  const who = actingAs(viewer);
  const [ticket] = await tx
    .select({ id: tickets.id, status: tickets.status, subject: tickets.subject, managerId: tickets.managerId })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), eq(tickets.accountId, who.accountId), mayViewRecord(who, "ticket")))
    .for("update");
  return ticket;
}

function audit(tx: Transaction, viewer: ContactViewer, ticketId: string, what: string, ip?: string) {
  return auditClientChange(tx, viewer, { action: "record.updated", type: "ticket", id: ticketId, what }, ip);
}
