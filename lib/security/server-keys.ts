import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/env";

// Every key the server uses is derived from AUTH_SECRET, one per purpose, so a value made for one
// purpose (a paging cursor) can never stand in for another (a sign-in code).
type Purpose = "cursor" | "sign-in-code" | "recovery-code" | "two-factor-secret" | "unsubscribe";

const keys = new Map<Purpose, Buffer>();

function keyFor(purpose: Purpose): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", env.AUTH_SECRET ?? "local-development", "client-portal", purpose, 32));
    keys.set(purpose, key);
  }
  return key;
}

/** A keyed hash for values that must be compared but never read back (codes, cursors). */
export function keyedHash(purpose: Purpose, value: string): Buffer {
  return createHmac("sha256", keyFor(purpose)).update(value).digest();
}

/**
 * For a secret the server must read back (an authenticator app's shared key): AES-256-GCM, so
 * the database alone reveals nothing and an altered value fails to open. `context` (the owner's
 * id) is bound in, so a sealed value copied onto another row does not open either.
 */
export function seal(purpose: Purpose, plain: Uint8Array, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv).setAAD(Buffer.from(context));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The plain value, or null when it was altered, sealed for another context, or under another AUTH_SECRET. */
export function unseal(purpose: Purpose, sealed: string, context: string): Uint8Array | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url")).setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]));
  } catch {
    return null;
  }
}
