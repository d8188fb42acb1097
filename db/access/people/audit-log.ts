import "server-only";
import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { accounts, auditEvents, users } from "@/db/schema";
import { PAGE_SIZE } from "../kit/paging";
import { containsPattern } from "../kit/search";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

const actor = alias(users, "actor");
const subject = alias(users, "subject");

/** Staff: the access events, newest first, filtered by action prefix ("invitation", "sign_in"…) and by person. */
export async function listAuditEvents(viewer: StaffViewer, options: { action?: string; person?: string; beforeId?: number } = {}) {
  assertStaff(viewer);
  const person = options.person?.trim();
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      createdAt: auditEvents.createdAt,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
      actorName: actor.name,
      actorEmail: actor.email,
      subjectName: subject.name,
      subjectEmail: subject.email,
      accountName: accounts.name,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(subject, eq(subject.id, auditEvents.subjectUserId))
    .leftJoin(accounts, eq(accounts.id, auditEvents.accountId))
    .where(
      and(
        options.action ? sql`${auditEvents.action} like ${`${options.action}%`}` : undefined,
        person
          ? or(
              ilike(actor.email, containsPattern(person)),
              ilike(subject.email, containsPattern(person)),
              ilike(subject.name, containsPattern(person)),
            )
          : undefined,
        options.beforeId ? sql`${auditEvents.id} < ${options.beforeId}` : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return { events: page, nextBeforeId: rows.length > PAGE_SIZE ? page.at(-1)!.id : null };
}
