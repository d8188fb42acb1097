import "server-only";
import { and, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { activities, emails, files, messages, tasks, tickets, timesheetEntries, users } from "@/db/schema";
import { FIRST } from "../records/portal-home";
import { accountName, personName } from "../records/save";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// What needs staff, for the console home: each list newest first, the first few (one more is read
// to know whether there are more).

const RECENT = sql`now() - interval '30 days'`;

/** Staff: new client tasks nobody has taken, client messages and tickets not answered, client files, time to approve, failed emails. */
export async function getWhatNeedsStaff(viewer: StaffViewer) {
  assertStaff(viewer);
  const [clientTasks, unansweredMessages, openTickets, clientFiles, timeToApprove, failedEmails] = await Promise.all([
    db
      .select({ id: tasks.id, title: tasks.title, accountName: accountName(tasks.accountId), createdAt: tasks.createdAt })
      .from(tasks)
      .where(and(isNotNull(tasks.createdByContactId), isNull(tasks.managerId), eq(tasks.status, "open")))
      .orderBy(desc(tasks.createdAt))
      .limit(FIRST + 1),
    // A client's message with no staff answer after it (internal notes do not answer), on any record but tickets.
    db
      .select({
        objectType: messages.objectType,
        objectId: messages.objectId,
        at: sql<Date>`max(${messages.createdAt})`.mapWith((value: string) => new Date(value)),
        title: sql<string>`(select ${activities.title} from ${activities} where ${activities.objectId} = ${messages.objectId} order by ${activities.id} desc limit 1)`,
      })
      .from(messages)
      .innerJoin(users, and(eq(users.id, messages.authorId), eq(users.kind, "contact")))
      .where(
        and(
          gt(messages.createdAt, RECENT),
          sql`${messages.objectType} <> 'ticket'`,
          sql`not exists (select 1 from messages answer join users answerer on answerer.id = answer.author_id
            where answer.object_id = ${messages.objectId} and answer.created_at > ${messages.createdAt}
              and answerer.kind = 'staff' and not answer.is_internal)`,
        ),
      )
      .groupBy(messages.objectType, messages.objectId)
      .orderBy(desc(sql`max(${messages.createdAt})`))
      .limit(FIRST + 1),
    db
      .select({
        id: tickets.id,
        number: tickets.number,
        subject: tickets.subject,
        team: tickets.team,
        accountName: accountName(tickets.accountId),
      })
      .from(tickets)
      .where(eq(tickets.status, "open"))
      .orderBy(desc(tickets.priority), desc(tickets.updatedAt))
      .limit(FIRST + 1),
    db
      .select({ id: files.id, name: files.name, objectType: files.objectType, objectId: files.objectId, uploader: users.name })
      .from(files)
      .innerJoin(users, and(eq(users.id, files.uploadedBy), eq(users.kind, "contact")))
      .where(gt(files.createdAt, RECENT))
      .orderBy(desc(files.createdAt))
      .limit(FIRST + 1),
    db
      .select({
        id: timesheetEntries.id,
        description: timesheetEntries.description,
        minutes: timesheetEntries.minutes,
        loggedBy: personName(timesheetEntries.loggedByContactId),
      })
      .from(timesheetEntries)
      .where(eq(timesheetEntries.approval, "submitted"))
      .orderBy(desc(timesheetEntries.createdAt))
      .limit(FIRST + 1),
    db
      .select({ id: emails.id, subject: emails.subject, toAddress: emails.toAddress })
      .from(emails)
      .where(eq(emails.status, "failed"))
      .orderBy(desc(emails.createdAt))
      .limit(FIRST + 1),
  ]);
  return { clientTasks, unansweredMessages, openTickets, clientFiles, timeToApprove, failedEmails };
}
