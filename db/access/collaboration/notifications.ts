import "server-only";
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { notificationKind, notificationMode, notificationPreferences, notifications, users } from "@/db/schema";
import { env } from "@/env";
import { formatExpiry } from "@/emails/format";
import { readUnsubscribeToken } from "@/lib/security/unsubscribe-token";
import { getPublicBranding } from "../branding/live";
import { queueEmail } from "../outbox/outbox";
import type { Viewer } from "../viewer/viewer";
import { notificationKindLabels, type NotificationKind } from "./notify";

// The in-app inbox (the bell), each person's choice per kind (now, daily digest, off), the
// one-click unsubscribe, and the digest job. A contact's inbox shows the account they act for.

export const notificationKinds = notificationKind.enumValues;
export const notificationModes = notificationMode.enumValues;
export type NotificationMode = (typeof notificationModes)[number];
export const INBOX_SIZE = 50;
const DIGEST_ITEMS = 30;

export const notificationModesSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, z.enum(notificationModes, "Choose how to hear about it.")])) as Record<
    NotificationKind,
    z.ZodEnum<{ immediate: "immediate"; digest: "digest"; off: "off" }>
  >,
);

function mine(viewer: Viewer) {
  return and(
    eq(notifications.userId, viewer.userId),
    viewer.kind === "contact" ? eq(notifications.accountId, viewer.accountId) : undefined,
  );
}

/** Anyone signed in: their newest notifications. */
export async function listMyNotifications(viewer: Viewer) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      text: notifications.text,
      path: notifications.path,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(mine(viewer))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(INBOX_SIZE);
}

/** Anyone signed in: how many are unread (the bell's number). */
export async function countMyUnread(viewer: Viewer) {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(mine(viewer), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Anyone signed in: marks one of their notifications read (or all of them); staff viewing as a client change nothing. */
export async function markMyNotificationsRead(viewer: Viewer, id?: string) {
  if (viewer.kind === "contact" && viewer.viewAs) return;
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(viewer), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined));
}

/** Anyone signed in: how they hear about each kind (immediately unless they chose otherwise). */
export async function getMyNotificationModes(viewer: Viewer): Promise<Record<NotificationKind, NotificationMode>> {
  const rows = await db
    .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, viewer.userId));
  const chosen = new Map(rows.map((row) => [row.kind, row.mode]));
  return Object.fromEntries(notificationKinds.map((kind) => [kind, chosen.get(kind) ?? "immediate"])) as Record<
    NotificationKind,
    NotificationMode
  >;
}

/** Anyone signed in (not while viewed as): saves how they hear about each kind, in one statement. */
export async function saveMyNotificationModes(viewer: Viewer, modes: z.infer<typeof notificationModesSchema>) {
  if (viewer.kind === "contact" && viewer.viewAs) return false;
  await db
    .insert(notificationPreferences)
    .values(notificationKinds.map((kind) => ({ userId: viewer.userId, kind, mode: modes[kind] })))
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode: sql`excluded.mode` } });
  return true;
}

/**
 * From an email's unsubscribe link, without signing in: that kind of email off for that person.
 * Answers the kind's label, or null for a link that was altered or names nobody.
 */
export async function unsafeUnsubscribe(token: string) {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  const [person] = await db.select({ id: users.id }).from(users).where(eq(users.id, target.userId));
  if (!person) return null;
  await db
    .insert(notificationPreferences)
    .values({ userId: person.id, kind: target.kind, mode: "off" })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode: "off" } });
  return notificationKindLabels[target.kind];
}

/**
 * The digest job: one email per person with notifications waiting for their digest, the rows
 * released in the same transaction that queues the email, so running it twice (or on two workers
 * at once) sends each notification in one digest only. Answers how many digests it queued.
 */
export async function unsafeQueueDigests() {
  const { emailBrand } = await getPublicBranding();
  return db.transaction(async (tx) => {
    const released = await tx.update(notifications).set({ awaitingDigest: false }).where(eq(notifications.awaitingDigest, true)).returning({
      userId: notifications.userId,
      text: notifications.text,
      path: notifications.path,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    });
    // Read ones are known already; the rest go out oldest first.
    const byPerson = new Map<string, typeof released>();
    for (const row of released.filter((row) => !row.readAt).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
      byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
    if (byPerson.size === 0) return 0;
    const people = await tx
      .select({ id: users.id, name: users.name, email: users.email, kind: users.kind })
      .from(users)
      .where(inArray(users.id, [...byPerson.keys()]));
    for (const person of people) {
      const items = byPerson.get(person.id)!;
      const inbox = `${env.APP_URL}${person.kind === "staff" ? "/console" : ""}/notifications`;
      await queueEmail(tx, {
        to: person.email,
        template: "digest",
        props: {
          brand: emailBrand,
          name: person.name,
          items: items
            .slice(0, DIGEST_ITEMS)
            .map((item) => ({ text: item.text, url: `${env.APP_URL}${item.path}`, at: formatExpiry(item.createdAt.toISOString()) })),
          moreCount: Math.max(0, items.length - DIGEST_ITEMS),
          inboxUrl: inbox,
          settingsUrl: `${inbox}#settings`,
        },
      });
    }
    return people.length;
  });
}
