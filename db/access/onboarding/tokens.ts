import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { tokens } from "@/db/schema";
import { createRawToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";

// The one mechanism behind every emailed link (invitation now; reset, sign-off and others later).
// Tokens are bound to a purpose, used once, and expire by the database clock.

export type TokenPurpose = (typeof tokens.purpose.enumValues)[number];
export type TokenState = "valid" | "used" | "cancelled" | "expired" | "unknown";

/** Inside the caller's transaction: a new token; the raw value goes into the email and nowhere else. */
export async function issueToken(
  tx: Transaction,
  input: { purpose: TokenPurpose; userId?: string; registrationId?: string; ttlHours: number },
) {
  const raw = createRawToken();
  const [row] = await tx
    .insert(tokens)
    .values({
      purpose: input.purpose,
      userId: input.userId,
      registrationId: input.registrationId,
      tokenHash: hashToken(raw),
      expiresAt: sql`now() + make_interval(secs => ${Math.round(input.ttlHours * 3600)})`,
    })
    .returning({ id: tokens.id, expiresAt: tokens.expiresAt });
  return { raw, id: row!.id, expiresAt: row!.expiresAt };
}

export type TokenInspection =
  { state: "valid"; id: string; userId: string | null; registrationId: string | null } | { state: Exclude<TokenState, "valid"> };

/** What a link would do if used now, without using it. A token of another purpose is "unknown". */
export async function unsafeInspectToken(purpose: TokenPurpose, raw: string): Promise<TokenInspection> {
  if (!isWellFormedToken(raw)) return { state: "unknown" };
  const [row] = await db
    .select({
      id: tokens.id,
      userId: tokens.userId,
      registrationId: tokens.registrationId,
      state: sql<TokenState>`case
        when ${tokens.usedAt} is not null then 'used'
        when ${tokens.cancelledAt} is not null then 'cancelled'
        when ${tokens.expiresAt} <= now() then 'expired'
        else 'valid' end`,
    })
    .from(tokens)
    .where(and(eq(tokens.tokenHash, hashToken(raw)), eq(tokens.purpose, purpose)))
    .limit(1);
  if (!row) return { state: "unknown" };
  return row.state === "valid"
    ? { state: "valid", id: row.id, userId: row.userId, registrationId: row.registrationId }
    : { state: row.state };
}

/**
 * Uses a token: one conditional UPDATE, so two concurrent uses cannot both succeed.
 * Returns null when the token is unknown, of another purpose, used, cancelled or expired.
 */
export async function consumeToken(tx: Transaction, purpose: TokenPurpose, raw: string) {
  if (!isWellFormedToken(raw)) return null;
  const [row] = await tx
    .update(tokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(tokens.tokenHash, hashToken(raw)),
        eq(tokens.purpose, purpose),
        isNull(tokens.usedAt),
        isNull(tokens.cancelledAt),
        sql`${tokens.expiresAt} > now()`,
      ),
    )
    .returning({ id: tokens.id, userId: tokens.userId, registrationId: tokens.registrationId });
  return row ?? null;
}

/** Inside the caller's transaction: every still-open token of this purpose for this person stops working. */
export async function cancelOpenTokens(tx: Transaction, purpose: TokenPurpose, userId: string): Promise<number> {
  const cancelled = await tx
    .update(tokens)
    .set({ cancelledAt: sql`now()` })
    .where(
      and(
        eq(tokens.userId, userId),
        eq(tokens.purpose, purpose),
        isNull(tokens.usedAt),
        isNull(tokens.cancelledAt),
        sql`${tokens.expiresAt} > now()`,
      ),
    )
    .returning({ id: tokens.id });
  return cancelled.length;
}
