import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { env } from "@/env";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "@/db/security/passwords";
import { recordAudit } from "./audit";
import { maySignIn } from "./login-rule";
import { unsafeTakeThrottle } from "./throttle";

export type PasswordCheck =
  | { outcome: "signed_in"; person: { id: string; sessionId: string } }
  | { outcome: "refused" }
  | { outcome: "throttled"; retryAfterSeconds: number };

/**
 * The one check of an email and password, whatever form they came through (the sign-in page, the
 * embeddable form, a link that sets a password): the per-address and per-IP limits first, then the
 * password. Runs without a viewer (it is how one is made), so it never says why it refused, and
 * takes the same time whether or not the email is known. A success opens a server-side session.
 */
export async function unsafeCheckPassword(input: { email: string; password: string; ip?: string; userAgent?: string }): Promise<PasswordCheck> {
  const verdict = await unsafeTakeThrottle("sign-in", { email: input.email, ip: input.ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const [person] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, maySignIn })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);

  const hash = person?.maySignIn ? person.passwordHash : null;
  const isValid = hash ? await verifyPassword(hash, input.password) : await verifyAgainstDecoy(input.password);

  if (!person || !isValid) {
    await recordAudit(db, { action: "sign_in.failed", subjectUserId: person?.id, ip: input.ip, detail: { email: input.email } });
    return { outcome: "refused" };
  }

  // A hash imported from a previous website is replaced by our own: the password just verified is
  // the one it stands for (verifyPassword never matches a bcrypt hash by truncation).
  const upgraded = hash && needsRehash(hash) ? { passwordHash: await hashPassword(input.password) } : {};
  const sessionId = await db.transaction(async (tx) => {
    if (upgraded.passwordHash) await tx.update(users).set(upgraded).where(eq(users.id, person.id));
    return openSignedInSession(tx, person.id, input, "password");
  });
  return { outcome: "signed_in", person: { id: person.id, sessionId } };
}

/**
 * Inside the caller's transaction, once a credential has been verified: records the sign-in and
 * opens the server-side session the cookie will name. Shared by every way of signing in.
 */
export async function openSignedInSession(tx: Transaction, userId: string, from: { ip?: string; userAgent?: string }, method: "password" | "email_code") {
  await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, userId));
  const [session] = await tx
    .insert(sessions)
    .values({ userId, expiresAt: sql`now() + make_interval(secs => ${env.SESSION_MAX_AGE_HOURS * 3600})`, ip: from.ip, userAgent: from.userAgent?.slice(0, 400) })
    .returning({ id: sessions.id });
  await recordAudit(tx, { action: "sign_in.succeeded", actorUserId: userId, subjectUserId: userId, ip: from.ip, detail: { method } });
  return session!.id;
}
