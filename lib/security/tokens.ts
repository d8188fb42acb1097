import { createHash, randomBytes } from "node:crypto";

// 32 random bytes, sent only in the emailed link; the database keeps just the SHA-256.
export function createRawToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(rawToken: string): string {
  return createHash("sha256").update(rawToken, "utf8").digest("hex");
}

export function isWellFormedToken(rawToken: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(rawToken);
}
