import { createHmac, timingSafeEqual } from "node:crypto";

const MAX_AGE_SECONDS = 5 * 60;

/** `sha256=` + HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret. */
export function signInboundEmail(secret: string, timestamp: string, body: string) {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Checks the signature in constant time, and refuses a timestamp older than five minutes (replays). */
export function isValidInboundSignature(secret: string, headers: Headers, body: string, nowSeconds = Date.now() / 1000) {
  const timestamp = headers.get("x-portal-timestamp") ?? "";
  const signature = headers.get("x-portal-signature") ?? "";
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(signInboundEmail(secret, timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
