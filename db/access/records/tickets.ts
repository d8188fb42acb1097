import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { ticketPriority, tickets, ticketStatus } from "@/db/schema";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, contactEmailSchema, managerSchema, titleSchema } from "./inputs";
import { accountContactByEmail, accountName, contactEmail, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const ticketStatuses = ticketStatus.enumValues;
export const ticketPriorities = ticketPriority.enumValues;
const ticketSorts = {
  updated: sortText(tickets.updatedAt, "desc"),
  number: sortText(sql`lpad(${tickets.number}::text, 10, '0')`, "desc"),
  subject: sortText(tickets.subject),
};
const openedBy = personName(tickets.contactId);
const ticketColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  updatedAt: tickets.updatedAt,
  openedBy,
};

/** Contact: the tickets they may see (their own, or all the account's with "see all account activity"), one page. */
export async function listMyTickets(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: tickets,
    select: ticketColumns,
    where: [
      eq(tickets.accountId, who.accountId),
      mayViewRecord(who, "ticket"),
      searchCondition(options.query, [tickets.subject, sql`${tickets.number}::text`]),
      isOneOf(ticketStatuses, options.status) ? eq(tickets.status, options.status) : undefined,
    ],
    sort: ticketSorts[isOneOf(["updated", "number", "subject"] as const, options.sort) ? options.sort : "updated"],
    cursor: options.cursor,
  });
}

/** Contact: one ticket and its files, or null. */
export async function getMyTicket(viewer: ContactViewer, ticketId: string) {
  if (!isUuid(ticketId)) return null;
  const who = actingAs(viewer);
  const [ticket] = await db
    .select({ ...ticketColumns, managerName: personName(tickets.managerId), createdAt: tickets.createdAt })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), eq(tickets.accountId, who.accountId), mayViewRecord(who, "ticket")));
  if (!ticket) return null;
  return { ...ticket, files: await unsafeListAttachedFiles(who.accountId, ticketId) };
}

export const ticketInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  subject: titleSchema("Subject"),
  status: z.enum(ticketStatuses, "Choose a status."),
  priority: z.enum(ticketPriorities, "Choose a priority."),
  team: z
    .string()
    .trim()
    .max(120, "Keep the team's name under 120 characters.")
    .transform((value) => value || null),
  contactEmail: contactEmailSchema,
  managerId: managerSchema,
});
export type TicketInput = z.infer<typeof ticketInputSchema>;

/** Staff: every ticket, most recently active first. */
export async function listTickets(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: tickets,
    select: {
      ...ticketColumns,
      team: tickets.team,
      accountName: accountName(tickets.accountId),
      managerName: personName(tickets.managerId),
    },
    where: [
      searchCondition(options.query, [tickets.subject, accountName(tickets.accountId)]),
      isOneOf(ticketStatuses, options.status) ? eq(tickets.status, options.status) : undefined,
    ],
    sort: ticketSorts.updated,
    cursor: options.cursor,
  });
}

/** Staff: one ticket with every message, staff notes included. */
export async function getTicket(viewer: StaffViewer, ticketId: string) {
  assertStaff(viewer);
  if (!isUuid(ticketId)) return null;
  const [ticket] = await db
    .select({
      ...ticketColumns,
      managerId: tickets.managerId,
      team: tickets.team,
      accountId: tickets.accountId,
      accountName: accountName(tickets.accountId),
      contactEmail: contactEmail(tickets.contactId),
    })
    .from(tickets)
    .where(eq(tickets.id, ticketId));
  return ticket ?? null;
}

/** Staff: creates or updates a ticket. The contact who opened it must belong to its account. */
export async function saveTicket(viewer: StaffViewer, ticketId: string | null, input: TicketInput, requestKey?: string) {
  return saveAccountRecord(viewer, "ticket", ticketId, input, requestKey, {
    prepare: async (tx, { accountId: newAccountId, errors }) => {
      const [existing] = ticketId ? await tx.select({ accountId: tickets.accountId }).from(tickets).where(eq(tickets.id, ticketId)) : [];
      const accountId = existing?.accountId ?? newAccountId;
      const contactId = await accountContactByEmail(tx, accountId, input.contactEmail, "contactEmail", errors);
      return {
        subject: input.subject,
        status: input.status,
        priority: input.priority,
        team: input.team,
        contactId,
        managerId: input.managerId,
        updatedAt: sql`now()`,
      };
    },
  });
}
