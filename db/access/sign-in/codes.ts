import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { businessSettings, signInCodes, users } from "@/db/schema";
import { keyedHash } from "@/lib/security/server-keys";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { maySignIn } from "../viewer/login-rule";
import { queueEmail } from "../outbox/outbox";
import { openSignedInSession, type PasswordCheck, type SignInFrom } from "./password-check";
import { takeThrottle } from "./throttle";

// "Email me a sign-in code", for clients who sign in now and then (the business switches it on).
// A code is six digits, valid ten minutes, used once, and dead after five wrong tries; the same
// limits as passwords apply to trying codes, and asking for one is an "email me" request.

const CODE_MINUTES = 10;
const MAX_FAILED_ATTEMPTS = 5;

function hashCode(userId: string, code: string): Buffer {
  return keyedHash("sign-in-code", `${userId}:${code}`);
}

async function areCodesEnabled(): Promise<boolean> {
  const [row] = await db
    .select({ isEnabled: businessSettings.signInCodesEnabled })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1));
  return row?.isEnabled ?? false;
}

/** Anyone: is "email me a sign-in code" offered on the sign-in page? */
export async function areSignInCodesOffered() {
  return areCodesEnabled();
}

/**
 * Anyone (after the response, under the email limits): emails a code to a client who may sign in,
 * replacing any earlier one. Does nothing for an unknown address, staff, or when switched off.
 */
export async function unsafeRequestSignInCode(email: string, ip?: string) {
  if (!(await areCodesEnabled())) return;
  const [person] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.kind, "contact"), maySignIn))
    .limit(1);
  if (!person) return;
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const brand = await getPublicBranding();
  await db.transaction(async (tx) => {
    await tx
      .update(signInCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(signInCodes.userId, person.id), isNull(signInCodes.usedAt)));
    const [row] = await tx
      .insert(signInCodes)
      .values({
        userId: person.id,
        codeHash: hashCode(person.id, code).toString("hex"),
        expiresAt: sql`now() + make_interval(mins => ${CODE_MINUTES})`,
      })
      .returning({ expiresAt: signInCodes.expiresAt });
    await queueEmail(tx, {
      to: person.email,
      template: "sign-in-code",
      props: { brand: brand.emailBrand, name: person.name, code, expiresAt: row!.expiresAt.toISOString() },
    });
    await recordAudit(tx, { action: "sign_in_code.requested", subjectUserId: person.id, ip });
  });
}

/** The other way in beside the password (auth.ts calls it): the same limits, the same refusal, a session on success. */
export async function unsafeCheckSignInCode(input: { email: string; code: string } & SignInFrom): Promise<PasswordCheck> {
  const verdict = await takeThrottle("sign-in", { email: input.email, ip: input.ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  if (!/^\d{6}$/.test(input.code) || !(await areCodesEnabled())) return refuse(input);

  const [candidate] = await db
    .select({ id: signInCodes.id, userId: users.id, codeHash: signInCodes.codeHash })
    .from(signInCodes)
    .innerJoin(users, eq(users.id, signInCodes.userId))
    .where(
      and(
        eq(users.email, input.email),
        eq(users.kind, "contact"),
        maySignIn,
        isNull(signInCodes.usedAt),
        sql`${signInCodes.expiresAt} > now()`,
      ),
    )
    .orderBy(desc(signInCodes.createdAt))
    .limit(1);
  if (!candidate) return refuse(input);
  const expected = Buffer.from(candidate.codeHash, "hex");
  if (!timingSafeEqual(expected, hashCode(candidate.userId, input.code))) {
    // Five wrong tries and the code is spent, whatever the window's limits allow.
    await db
      .update(signInCodes)
      .set({
        failedAttempts: sql`${signInCodes.failedAttempts} + 1`,
        usedAt: sql`case when ${signInCodes.failedAttempts} + 1 >= ${MAX_FAILED_ATTEMPTS} then now() end`,
      })
      .where(eq(signInCodes.id, candidate.id));
    return refuse(input, candidate.userId);
  }
  const sessionId = await db.transaction(async (tx) => {
    // Used once: of two tries with the same code at once, one finds it already used.
    const used = await tx
      .update(signInCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(signInCodes.id, candidate.id), isNull(signInCodes.usedAt)))
      .returning({ id: signInCodes.id });
    if (used.length === 0) return null;
    return openSignedInSession(tx, candidate.userId, input, "email_code");
  });
  if (!sessionId) return refuse(input, candidate.userId);
  return { outcome: "signed_in", person: { id: candidate.userId, sessionId } };
}

async function refuse(input: { email: string; ip?: string }, userId?: string): Promise<PasswordCheck> {
  await recordAudit(db, {
    action: "sign_in.failed",
    subjectUserId: userId,
    ip: input.ip,
    detail: { email: input.email, method: "email_code" },
  });
  return { outcome: "refused" };
}
