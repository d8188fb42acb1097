import "server-only";
import { lt, sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/env";
import { recordAudit, type AuditAction } from "../kit/audit";

// Limits for everything that can be repeated to guess or to flood: signing in (and its second step), asking for an email
// (reset, username, registration), confirming a registration (per account number too), and a
// client inviting colleagues (per inviter). Windows are short and roll over, so a limit slows
// guessing down without ever locking a real person out for good.
const HOUR = 60 * 60;
const rules = {
  "sign-in": { email: { points: 10, duration: 15 * 60 }, ip: { points: env.SIGN_IN_LIMIT_PER_IP, duration: 15 * 60 } },
  "email-request": { email: { points: 5, duration: HOUR }, ip: { points: env.EMAIL_REQUEST_LIMIT_PER_IP, duration: HOUR } },
  "registration-confirm": { ip: { points: env.EMAIL_REQUEST_LIMIT_PER_IP, duration: HOUR }, account: { points: 10, duration: HOUR } },
  "colleague-invite": { person: { points: 5, duration: 10 * 60 }, ip: { points: env.EMAIL_REQUEST_LIMIT_PER_IP, duration: HOUR } },
  // A code from an authenticator app or a recovery code: as many tries as a password gets.
  "second-factor": { person: { points: 10, duration: 15 * 60 }, ip: { points: env.SIGN_IN_LIMIT_PER_IP, duration: 15 * 60 } },
} satisfies Record<string, Partial<Record<Scope, { points: number; duration: number }>>>;

type Scope = "email" | "ip" | "account" | "person";
export type ThrottledAction = keyof typeof rules;
export type ThrottleVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

const limiters = new Map<string, RateLimiterDrizzle>();

function limiter(action: ThrottledAction, scope: Scope) {
  const rule = (rules[action] as Partial<Record<Scope, { points: number; duration: number }>>)[scope];
  if (!rule) return null;
  const keyPrefix = `${action}:${scope}`;
  let existing = limiters.get(keyPrefix);
  if (!existing) {
    // Expired rows are swept by the worker (unsafeSweepThrottles), not by timers in every process.
    existing = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix, clearExpiredByTimeout: false, ...rule });
    limiters.set(keyPrefix, existing);
  }
  return existing;
}

/**
 * Anyone: counts one attempt against each key given that the action limits; says whether it may go
 * ahead. `person` is a signed-in person's id (for limits on what they may repeat).
 */
export async function takeThrottle(action: ThrottledAction, who: Partial<Record<Scope, string>>): Promise<ThrottleVerdict> {
  const checks = (Object.entries(who) as [Scope, string | undefined][]).flatMap(([scope, key]) => {
    const bucket = key ? limiter(action, scope) : null;
    return bucket ? [bucket.consume(scope === "email" ? key!.toLowerCase() : key!)] : [];
  });
  const outcomes = await Promise.allSettled(checks);
  const refusals = outcomes.flatMap((outcome) => {
    if (outcome.status === "fulfilled") return [];
    if (outcome.reason instanceof RateLimiterRes) return [outcome.reason.msBeforeNext];
    throw outcome.reason;
  });
  if (refusals.length === 0) return { isAllowed: true };
  // Every refusal is evidence of guessing or flooding: staff see it in the audit log.
  const { ip, person, ...keys } = who;
  await recordAudit(db, { action: auditActions[action], actorUserId: person, ip, detail: keys });
  return { isAllowed: false, retryAfterSeconds: Math.ceil(Math.max(...refusals) / 1000) };
}

const auditActions = {
  "sign-in": "sign_in.throttled",
  "email-request": "email_request.throttled",
  "registration-confirm": "registration.throttled",
  "colleague-invite": "colleague_invite.throttled",
  "second-factor": "two_factor.throttled",
} as const satisfies Record<ThrottledAction, AuditAction>;

/** Mail worker only: removes counters whose window ended over an hour ago. */
export async function unsafeSweepThrottles() {
  await db.delete(rateLimits).where(lt(rateLimits.expire, sql`now() - interval '1 hour'`));
}
