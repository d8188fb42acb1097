import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, users, viewAsSessions } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { mayUseAccount } from "./login-rule";
import { assertStaff, type StaffViewer } from "./viewer";

/**
 * Staff: starts looking at the portal as this contact, for one account they may use (the first
 * by name unless given). Only contacts, never staff; read-only by construction (portal actions
 * refuse a view-as viewer); ends by itself after VIEW_AS_MINUTES.
 */
export async function startViewAs(viewer: StaffViewer, contactId: string, accountId?: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(contactId) || (accountId !== undefined && !isUuid(accountId))) return null;
  const [target] = await db
    .select({ accountId: accounts.id })
    .from(accountContacts)
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .innerJoin(users, eq(users.id, accountContacts.contactId))
    .where(and(eq(users.id, contactId), eq(users.kind, "contact"), accountId ? eq(accounts.id, accountId) : undefined, mayUseAccount))
    .orderBy(asc(accounts.name))
    .limit(1);
  if (!target) {
    await recordAudit(db, { action: "view_as.refused", actorUserId: viewer.userId, subjectUserId: contactId, accountId, ip });
    return null;
  }
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(viewAsSessions)
      .values({
        staffUserId: viewer.userId,
        contactId,
        accountId: target.accountId,
        expiresAt: sql`now() + make_interval(mins => ${env.VIEW_AS_MINUTES})`,
      })
      .returning({ id: viewAsSessions.id });
    await recordAudit(tx, {
      action: "view_as.started",
      actorUserId: viewer.userId,
      subjectUserId: contactId,
      accountId: target.accountId,
      ip,
    });
    return session!.id;
  });
}

/** Staff: ends their own view-as session (a session of another staff member is not found). */
export async function endViewAs(viewer: StaffViewer, sessionId: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(sessionId)) return false;
  return db.transaction(async (tx) => {
    const [ended] = await tx
      .update(viewAsSessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(viewAsSessions.id, sessionId), eq(viewAsSessions.staffUserId, viewer.userId), isNull(viewAsSessions.endedAt)))
      .returning({ contactId: viewAsSessions.contactId, accountId: viewAsSessions.accountId });
    if (!ended) return false;
    await recordAudit(tx, {
      action: "view_as.ended",
      actorUserId: viewer.userId,
      subjectUserId: ended.contactId,
      accountId: ended.accountId,
      ip,
    });
    return true;
  });
}
