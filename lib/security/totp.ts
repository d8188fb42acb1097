import { randomBytes, timingSafeEqual } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";

// Time-based codes (RFC 6238) as every authenticator app makes them: six digits, a new one every
// 30 seconds, from a 160-bit shared key.
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
// A code from the step before or after is accepted too: a phone's clock a little off, or a code
// typed just as it changed.
const WINDOW_STEPS = 1;

export function newTotpKey(): Uint8Array {
  return new Uint8Array(randomBytes(20));
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpKeyUri(issuer: string, accountName: string, key: Uint8Array): string {
  return createTOTPKeyURI(issuer, accountName, key, TOTP_PERIOD_SECONDS, DIGITS);
}

/** The key as people type it into an app without a camera: base32, in groups of four. */
export function formatTotpKey(key: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(key)
    .match(/.{1,4}/g)!
    .join(" ");
}

/** The key back from its typed form (spaces and case ignored); for tests and scripts. */
export function parseTotpKey(typed: string): Uint8Array {
  return decodeBase32IgnorePadding(typed.replace(/\s+/g, "").toUpperCase());
}

export function totpStepAt(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP_PERIOD_SECONDS);
}

export function totpCodeAt(key: Uint8Array, epochSeconds: number): string {
  return generateHOTP(key, BigInt(totpStepAt(epochSeconds)), DIGITS);
}

/**
 * The step a code belongs to, within the window around `epochSeconds`, and only if it is later
 * than `afterStep` (the last code accepted): so the same code, or an older one, never works twice.
 */
export function matchTotpStep(key: Uint8Array, code: string, epochSeconds: number, afterStep: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = totpStepAt(epochSeconds);
  for (let step = now - WINDOW_STEPS; step <= now + WINDOW_STEPS; step++) {
    if (step <= afterStep) continue;
    if (timingSafeEqual(Buffer.from(generateHOTP(key, BigInt(step), DIGITS)), Buffer.from(code))) return step;
  }
  return null;
}
