import "server-only";
import { and, asc, count, desc, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { invoices, quotes, tasks, tickets } from "@/db/schema";
import { actingAs } from "../permissions/resolver";
import { mayViewRecord } from "./visibility";
import type { ContactViewer } from "../viewer/viewer";

// What needs the client, for the portal home: each list only what they may see, the first few
// with how many there are in all.

/** How many each list shows; one more is read to know whether there are more. */
export const FIRST = 5;

/** Contact: open tasks for them, quotes awaiting an answer, open invoices (overdue first) with the total due, tickets waiting on them. */
export async function getWhatNeedsMe(viewer: ContactViewer) {
  const who = actingAs(viewer);
  const isOverdue = sql<boolean>`(${invoices.dueOn} < current_date)`;
  const [myTasks, openQuotes, unpaid, unpaidTotals, waitingTickets] = await Promise.all([
    db
      .select({ id: tasks.id, title: tasks.title, dueOn: tasks.dueOn, status: tasks.status })
      .from(tasks)
      .where(
        and(
          eq(tasks.accountId, who.accountId),
          eq(tasks.assignedContactId, who.contactId),
          ne(tasks.status, "done"),
          mayViewRecord(who, "task"),
        ),
      )
      .orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.createdAt))
      .limit(FIRST + 1),
    db
      .select({ id: quotes.id, number: quotes.number, title: quotes.title, totalCents: quotes.totalCents, validUntil: quotes.validUntil })
      .from(quotes)
      .where(and(eq(quotes.accountId, who.accountId), eq(quotes.status, "sent"), mayViewRecord(who, "quote")))
      .orderBy(desc(quotes.issuedOn))
      .limit(FIRST + 1),
    db
      .select({ id: invoices.id, number: invoices.number, dueOn: invoices.dueOn, totalCents: invoices.totalCents, isOverdue })
      .from(invoices)
      .where(and(eq(invoices.accountId, who.accountId), eq(invoices.status, "open"), mayViewRecord(who, "invoice")))
      .orderBy(asc(invoices.dueOn))
      .limit(FIRST + 1),
    db
      .select({
        count: count(),
        totalCents: sql<number>`coalesce(sum(${invoices.totalCents}), 0)::int`,
        overdueCount: sql<number>`count(*) filter (where ${isOverdue})::int`,
      })
      .from(invoices)
      .where(and(eq(invoices.accountId, who.accountId), eq(invoices.status, "open"), mayViewRecord(who, "invoice"))),
    db
      .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, updatedAt: tickets.updatedAt })
      .from(tickets)
      .where(and(eq(tickets.accountId, who.accountId), eq(tickets.status, "waiting"), mayViewRecord(who, "ticket")))
      .orderBy(desc(tickets.updatedAt))
      .limit(FIRST + 1),
  ]);
  return { tasks: myTasks, quotes: openQuotes, invoices: unpaid, invoiceTotals: unpaidTotals[0]!, tickets: waitingTickets };
}
