import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { accounts, signOffLinks, signOffRecipients, signOffs, users } from "@/db/schema";
import { createRawToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";

// Sign-off links: 32 random bytes sent only in the email, the SHA-256 kept. A link is bound to one
// recipient of one sign-off (its own table: no other kind of token can stand in for it), expires by
// the database clock after the sign-off's link lifetime, and stops working when the sign-off is
// cancelled or the recipient removed. Opening one (the page's button, never a GET) may happen more
// than once while it lasts: the same email is often opened again.

export type SignOffLink =
  | { state: "usable"; signOffId: string; recipientId: string; contactId: string; accountId: string; email: string; expiresAt: Date }
  | { state: "expired"; recipientId: string }
  | { state: "unusable" };

/** Inside the change that sends it: a fresh link for this recipient, lasting the sign-off's lifetime. */
export async function createSignOffLink(tx: Transaction, recipient: { signOffId: string; recipientId: string }) {
  const raw = createRawToken();
  const [signOff] = await tx.select({ hours: signOffs.linkLifetimeHours }).from(signOffs).where(eq(signOffs.id, recipient.signOffId));
  if (!signOff) throw new Error("No such sign-off");
  const [link] = await tx
    .insert(signOffLinks)
    .values({
      tokenHash: hashToken(raw),
      signOffId: recipient.signOffId,
      recipientId: recipient.recipientId,
      expiresAt: sql`now() + make_interval(hours => ${signOff.hours})`,
    })
    .returning({ expiresAt: signOffLinks.expiresAt });
  return { raw, expiresAt: link!.expiresAt };
}

/** Unsafe (no viewer yet: the link is the credential): what a link opens, if anything. */
export async function unsafeReadSignOffLink(raw: string): Promise<SignOffLink> {
  if (!isWellFormedToken(raw)) return { state: "unusable" };
  const [link] = await db
    .select({
      signOffId: signOffs.id,
      recipientId: signOffRecipients.id,
      contactId: signOffRecipients.contactId,
      accountId: signOffs.accountId,
      email: users.email,
      expiresAt: signOffLinks.expiresAt,
      isExpired: sql<boolean>`${signOffLinks.expiresAt} <= now()`,
    })
    .from(signOffLinks)
    .innerJoin(signOffs, eq(signOffs.id, signOffLinks.signOffId))
    .innerJoin(
      signOffRecipients,
      and(
        eq(signOffRecipients.id, signOffLinks.recipientId),
        eq(signOffRecipients.signOffId, signOffs.id),
        isNull(signOffRecipients.removedAt),
      ),
    )
    .innerJoin(users, eq(users.id, signOffRecipients.contactId))
    .where(and(eq(signOffLinks.tokenHash, hashToken(raw)), sql`${signOffs.state} in ('open', 'complete')`));
  if (!link) return { state: "unusable" };
  if (link.isExpired) return { state: "expired", recipientId: link.recipientId };
  return {
    state: "usable",
    signOffId: link.signOffId,
    recipientId: link.recipientId,
    contactId: link.contactId,
    accountId: link.accountId,
    email: link.email,
    expiresAt: link.expiresAt,
  };
}

/** Unsafe (the link is the credential): what the link page names, read without using the link. */
export async function unsafeDescribeSignOffLink(raw: string) {
  const link = await unsafeReadSignOffLink(raw);
  if (link.state !== "usable") return link;
  const [signOff] = await db
    .select({ subject: signOffs.subject, accountName: accounts.name, name: users.name })
    .from(signOffs)
    .innerJoin(accounts, eq(accounts.id, signOffs.accountId))
    .innerJoin(users, eq(users.id, link.contactId))
    .where(eq(signOffs.id, link.signOffId));
  return signOff ? { ...link, ...signOff } : ({ state: "unusable" } as const);
}
