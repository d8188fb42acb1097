import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { env } from "@/env";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "@/lib/security/passwords";
import { recordAudit } from "../kit/audit";
import { maySignIn } from "../viewer/login-rule";
import { takeThrottle } from "./throttle";
import { nextSignInStep } from "./two-factor-policy";
import type { Viewer } from "../viewer/viewer";

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
export type SignInFrom = { ip?: string; userAgent?: string; /** The "trust this browser" cookie, if any. */ trustedBrowserToken?: string };

export async function unsafeCheckPassword(input: { email: string; password: string } & SignInFrom): Promise<PasswordCheck> {
  const verdict = await takeThrottle("sign-in", { email: input.email, ip: input.ip });
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
 * Inside the caller's transaction, once a credential has been verified: opens the server-side
 * session the cookie will name. Where two-factor applies (db/access/two-factor-policy.ts) the
 * session first waits, for minutes only, for a code or for enrolment; otherwise it is signed in.
 */
export async function openSignedInSession(tx: Transaction, userId: string, from: SignInFrom, method: "password" | "email_code") {
  const pendingStep = await nextSignInStep(tx, userId, from.trustedBrowserToken);
  const lifetimeSeconds = pendingStep ? PENDING_STEP_MINUTES * 60 : env.SESSION_MAX_AGE_HOURS * 3600;
  const [session] = await tx
    .insert(sessions)
    .values({
      userId,
      pendingStep,
      expiresAt: sql`now() + make_interval(secs => ${lifetimeSeconds})`,
      ip: from.ip,
      userAgent: from.userAgent?.slice(0, 400),
    })
    .returning({ id: sessions.id });
  if (pendingStep)
    await recordAudit(tx, {
      action: "sign_in.step_required",
      actorUserId: userId,
      subjectUserId: userId,
      ip: from.ip,
      detail: { method, step: pendingStep },
    });
  else await completeSignIn(tx, { userId, sessionId: session!.id, ip: from.ip }, method);
  return session!.id;
}

/** How long a session may wait for its second step before it has to start again from the password. */
const PENDING_STEP_MINUTES = 15;

/**
 * Inside the caller's transaction: the session is signed in from now on, for the full session
 * lifetime. Records the sign-in. `method` is what proved it last (a password, an app's code...).
 */
export async function completeSignIn(
  tx: Transaction,
  signedIn: { userId: string; sessionId: string; ip?: string },
  method: "password" | "email_code" | "trusted_browser" | "authenticator" | "recovery_code" | "enrolment",
) {
  await tx
    .update(sessions)
    .set({ pendingStep: null, expiresAt: sql`now() + make_interval(secs => ${env.SESSION_MAX_AGE_HOURS * 3600})` })
    .where(eq(sessions.id, signedIn.sessionId));
  await tx
    .update(users)
    .set({ lastLoginAt: sql`now()` })
    .where(eq(users.id, signedIn.userId));
  await recordAudit(tx, {
    action: "sign_in.succeeded",
    actorUserId: signedIn.userId,
    subjectUserId: signedIn.userId,
    ip: signedIn.ip,
    detail: { method },
  });
}

/**
 * Any signed-in person proving it is them before a sensitive change (turning two-factor off):
 * the same limits and the same check as signing in with that password.
 */
export async function confirmOwnPassword(
  viewer: Viewer,
  password: string,
  ip?: string,
): Promise<"confirmed" | "refused" | { retryAfterSeconds: number }> {
  const verdict = await takeThrottle("sign-in", { email: viewer.email, ip });
  if (!verdict.isAllowed) return { retryAfterSeconds: verdict.retryAfterSeconds };
  const [person] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.userId)).limit(1);
  const isValid = person?.passwordHash ? await verifyPassword(person.passwordHash, password) : await verifyAgainstDecoy(password);
  if (isValid) return "confirmed";
  await recordAudit(db, {
    action: "sign_in.failed",
    actorUserId: viewer.userId,
    subjectUserId: viewer.userId,
    ip,
    detail: { email: viewer.email, purpose: "confirm_password" },
  });
  return "refused";
}
