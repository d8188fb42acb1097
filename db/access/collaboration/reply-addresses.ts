import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { replyAddresses } from "@/db/schema";
import { env } from "@/env";
import { hashToken } from "@/lib/security/tokens";
import type { RecordKind } from "@/lib/record-kinds";

// Reply addresses: reply+<token>@INBOUND_REPLY_DOMAIN, one per recipient and thread. The token is
// 20 random bytes in lower-case hex (mail systems may change the case of a local part); only its
// SHA-256 is kept.

const LIFETIME = sql`interval '30 days'`;
const ADDRESS = /reply\+([0-9a-f]{40})@/i;

/** Inside the notifying change: a fresh reply address for this person on this thread, or null when replies by email are off. */
export async function createReplyAddress(tx: Transaction, userId: string, record: { type: RecordKind; id: string; accountId: string }) {
  if (!env.INBOUND_REPLY_DOMAIN) return null;
  const token = randomBytes(20).toString("hex");
  await tx.insert(replyAddresses).values({
    tokenHash: hashToken(token),
    userId,
    accountId: record.accountId,
    objectType: record.type,
    objectId: record.id,
    expiresAt: sql`now() + ${LIFETIME}`,
  });
  return `reply+${token}@${env.INBOUND_REPLY_DOMAIN}`;
}

/** The token in any of the addresses an email was sent to, if one is a reply address. */
export function replyTokenIn(addresses: string[]) {
  for (const address of addresses) {
    const token = ADDRESS.exec(address)?.[1];
    if (token) return token.toLowerCase();
  }
  return null;
}

/**
 * Inside the reply's transaction: the address, locked, with why it cannot be used if so. A used
 * one and an expired one (by the database clock) are told apart for the sender's sake.
 */
export async function unsafeClaimReplyAddress(tx: Transaction, token: string) {
  const [address] = await tx
    .select({
      id: replyAddresses.id,
      userId: replyAddresses.userId,
      accountId: replyAddresses.accountId,
      objectType: replyAddresses.objectType,
      objectId: replyAddresses.objectId,
      signOffId: replyAddresses.signOffId,
      isUsed: sql<boolean>`${replyAddresses.usedAt} is not null`,
      isExpired: sql<boolean>`${replyAddresses.expiresAt} <= now()`,
    })
    .from(replyAddresses)
    .where(eq(replyAddresses.tokenHash, hashToken(token)))
    .for("update");
  return address ?? null;
}

export async function markReplyAddressUsed(tx: Transaction, id: string) {
  await tx
    .update(replyAddresses)
    .set({ usedAt: sql`now()` })
    .where(and(eq(replyAddresses.id, id), isNull(replyAddresses.usedAt), gt(replyAddresses.expiresAt, sql`now()`)));
}
