import "server-only";
import { and, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { followers } from "@/db/schema";
import type { ConversationKind } from "@/lib/record-kinds";
import type { ObjectType } from "../permissions/capabilities";
import { findThread } from "./threads";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// Who is part of a record's thread. Following is how a contact without "see all account activity"
// sees a conversation at all, and how everyone hears about it.

export type RecordRef = { type: ObjectType; id: string; accountId: string };

/** Inside a change: these people now follow the record (again is a no-op). */
export async function addFollowers(tx: Transaction, record: RecordRef, userIds: (string | null | undefined)[]) {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return;
  await tx
    .insert(followers)
    .values(ids.map((userId) => ({ objectId: record.id, objectType: record.type, accountId: record.accountId, userId })))
    .onConflictDoNothing();
}

/** Does this person follow the record in the given id column (or with the given id)? */
export function isFollowerSql(userId: string, objectId: AnyColumn | SQL | string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${followers} where ${followers.objectId} = ${objectId} and ${followers.userId} = ${userId})`;
}

/** Everyone following the record. Unsafe: for notifying, once the caller has proved the change allowed. */
export async function unsafeFollowersOf(tx: Transaction, objectId: string) {
  const rows = await tx.select({ userId: followers.userId }).from(followers).where(eq(followers.objectId, objectId));
  return rows.map((row) => row.userId);
}

/** Staff: start or stop following a record (hearing about its messages and changes). False when there is no such record. */
export async function setStaffFollowing(viewer: StaffViewer, type: ConversationKind, id: string, isFollowing: boolean) {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const thread = await findThread(tx, type, id);
    if (!thread) return false;
    if (isFollowing) await addFollowers(tx, thread, [viewer.userId]);
    else await tx.delete(followers).where(and(eq(followers.objectId, thread.id), eq(followers.userId, viewer.userId)));
    return true;
  });
}
