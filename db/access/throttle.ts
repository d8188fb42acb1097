import "server-only";
import { lt, sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/env";

// Limits per email address and per IP for everything an anonymous visitor can repeat: signing in,
// and asking for an email (reset, username, registration). Windows are short and roll over, so a
// limit slows guessing down without ever locking a real person out for good.
const rules = {
  "sign-in": { perEmail: { points: 10, duration: 15 * 60 }, perIp: { points: env.SIGN_IN_LIMIT_PER_IP, duration: 15 * 60 } },
  "email-request": { perEmail: { points: 5, duration: 60 * 60 }, perIp: { points: env.EMAIL_REQUEST_LIMIT_PER_IP, duration: 60 * 60 } },
} as const;

export type ThrottledAction = keyof typeof rules;
export type ThrottleVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

const limiters = new Map<string, RateLimiterDrizzle>();

function limiter(action: ThrottledAction, scope: "perEmail" | "perIp") {
  const keyPrefix = `${action}:${scope}`;
  let existing = limiters.get(keyPrefix);
  if (!existing) {
    // Expired rows are swept by the mail worker (unsafeSweepThrottles), not by timers in every process.
    existing = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix, clearExpiredByTimeout: false, ...rules[action][scope] });
    limiters.set(keyPrefix, existing);
  }
  return existing;
}

/** Anyone: counts one attempt against the address and the IP; says whether it may go ahead. */
export async function unsafeTakeThrottle(action: ThrottledAction, who: { email?: string; ip?: string }): Promise<ThrottleVerdict> {
  const checks = [
    who.email ? limiter(action, "perEmail").consume(who.email.toLowerCase()) : null,
    who.ip ? limiter(action, "perIp").consume(who.ip) : null,
  ].filter((check) => check !== null);
  const outcomes = await Promise.allSettled(checks);
  const refusals = outcomes.flatMap((outcome) => {
    if (outcome.status === "fulfilled") return [];
    if (outcome.reason instanceof RateLimiterRes) return [outcome.reason.msBeforeNext];
    throw outcome.reason;
  });
  if (refusals.length === 0) return { isAllowed: true };
  return { isAllowed: false, retryAfterSeconds: Math.ceil(Math.max(...refusals) / 1000) };
}

/** Mail worker only: removes counters whose window ended over an hour ago. */
export async function unsafeSweepThrottles() {
  await db.delete(rateLimits).where(lt(rateLimits.expire, sql`now() - interval '1 hour'`));
}
