import "server-only";
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { sessions } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { forgetTrustedBrowsers } from "./two-factor-policy";
import type { Viewer } from "../viewer/viewer";

// Live: not ended, not expired (by the database's clock). Open: live and past every sign-in step.
const isLive = and(isNull(sessions.endedAt), sql`${sessions.expiresAt} > now()`);
const isOpen = and(isLive, isNull(sessions.pendingStep));

/**
 * Inside the caller's transaction: ends every session of this person and forgets every browser
 * they trusted for two-factor (revoked access, a new password, "sign out everywhere").
 */
export async function endOpenSessions(tx: Transaction, userId: string) {
  await tx
    .update(sessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
  await forgetTrustedBrowsers(tx, userId);
}

/** Any signed-in person: where they are signed in, the current browser first, then by last use. */
export async function listSessions(viewer: Viewer) {
  const rows = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, viewer.userId), isOpen))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(50);
  const current = rows.filter((row) => row.id === viewer.sessionId);
  return [...current, ...rows.filter((row) => row.id !== viewer.sessionId)].map((row) => ({
    ...row,
    isCurrent: row.id === viewer.sessionId,
  }));
}

/** Any signed-in person: ends one of their own sessions. Someone else's id answers like an unknown one (false). */
export async function endSession(viewer: Viewer, sessionId: string, ip?: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, viewer.userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) return false;
    const action = sessionId === viewer.sessionId ? "sign_out" : "session.ended";
    await recordAudit(tx, { action, actorUserId: viewer.userId, subjectUserId: viewer.userId, ip });
    return true;
  });
}

/** Any signed-in person: ends every one of their sessions, on every device. */
export async function endAllSessions(viewer: Viewer, ip?: string) {
  await db.transaction(async (tx) => {
    await endOpenSessions(tx, viewer.userId);
    await recordAudit(tx, { action: "sign_out.everywhere", actorUserId: viewer.userId, subjectUserId: viewer.userId, ip });
  });
}

/** For getViewer: a session counts while its row is open, unexpired and past every sign-in step. */
export const isOpenSession = isOpen;
/** For the sign-in steps after the password: a live session still waiting for one. */
export const isPendingSession = and(isLive, isNotNull(sessions.pendingStep));

/** For getViewer: records a session's use, at most every five minutes, so a page view seldom writes. */
export const isSessionStale = sql<boolean>`${sessions.lastSeenAt} < now() - interval '5 minutes'`;
export async function touchSession(sessionId: string) {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(sessions.id, sessionId));
}
