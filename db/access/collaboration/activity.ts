import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { activities, users } from "@/db/schema";
import type { ActivityVerb } from "@/lib/activity";
import type { ObjectType } from "../permissions/capabilities";
import { actingAs, allowedSql, type Acting } from "../permissions/resolver";
import { mayViewAttachedTo } from "../records/visibility";
import { isFollowerSql } from "./followers";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

// One activity table, written in the transaction of each change, read by the portal home, the
// console home and each record's history.

export type Activity = {
  accountId: string;
  actorId: string | null;
  verb: ActivityVerb;
  type: ObjectType;
  id: string;
  title: string;
  isInternal?: boolean;
};

export const FEED_SIZE = 20;

/** Inside a change: what happened, committed (or rolled back) with it. */
export async function recordActivity(tx: Transaction, activity: Activity) {
  await tx.insert(activities).values({
    accountId: activity.accountId,
    actorId: activity.actorId,
    verb: activity.verb,
    objectType: activity.type,
    objectId: activity.id,
    title: activity.title.slice(0, 300),
    isInternal: activity.isInternal ?? false,
  });
}

const feedColumns = {
  id: activities.id,
  verb: activities.verb,
  objectType: activities.objectType,
  objectId: activities.objectId,
  title: activities.title,
  createdAt: activities.createdAt,
  actorName: users.name,
};

/**
 * May the contact see this activity row? Never a staff-side one; only on records they may see;
 * and, without "see all account activity" there, only what they did or what is on a thread they follow.
 */
export function mayViewActivity(who: Acting) {
  return and(
    eq(activities.accountId, who.accountId),
    eq(activities.isInternal, false),
    mayViewAttachedTo(who, activities.objectType, activities.objectId),
    sql`(${activities.actorId} = ${who.contactId} or ${isFollowerSql(who.contactId, activities.objectId)}
      or ${allowedSql(who, "activity.all", { type: activities.objectType, id: activities.objectId })})`,
  );
}

/** Contact: the newest activity on their account that they may see, one page (before `beforeId` when given). */
export async function listMyActivity(viewer: ContactViewer, beforeId?: number) {
  return db
    .select(feedColumns)
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .where(and(mayViewActivity(actingAs(viewer)), beforeId ? lt(activities.id, beforeId) : undefined))
    .orderBy(desc(activities.id))
    .limit(FEED_SIZE);
}

/** Staff: the newest activity by clients across every account (the console home). */
export async function listClientActivity(viewer: StaffViewer) {
  assertStaff(viewer);
  return db
    .select({ ...feedColumns, accountId: activities.accountId })
    .from(activities)
    .innerJoin(users, and(eq(users.id, activities.actorId), eq(users.kind, "contact")))
    .orderBy(desc(activities.id))
    .limit(FEED_SIZE);
}
