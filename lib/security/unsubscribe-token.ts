import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "./server-keys";

// The token in an email's one-click unsubscribe link: whose, which kind of email, and a keyed hash
// of both. It can do one thing only (turn that kind of email off for that person), is harmless to
// repeat, and must keep working for as long as the email sits in a mailbox (RFC 8058), so unlike
// access tokens it is not stored, single-use or expiring.

const KINDS = ["tasks", "messages", "files", "tickets", "timesheets", "sign_offs", "quotes", "payments"] as const;
export type UnsubscribeKind = (typeof KINDS)[number];

function signatureOf(userId: string, kind: string) {
  return keyedHash("unsubscribe", `${userId}:${kind}`).subarray(0, 18).toString("base64url");
}

export function makeUnsubscribeToken(userId: string, kind: UnsubscribeKind) {
  return `${userId}.${kind}.${signatureOf(userId, kind)}`;
}

/** Whose and which kind, or null for anything altered or made up. */
export function readUnsubscribeToken(token: string): { userId: string; kind: UnsubscribeKind } | null {
  const [userId, kind, signature] = token.split(".");
  if (!userId || !kind || !signature || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  if (!(KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(signatureOf(userId, kind));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind: kind as UnsubscribeKind };
}
