import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { signOffLinks, signOffRecipients, signOffs } from "@/db/schema";
import { hashToken } from "@/lib/security/tokens";
import { createContactViewer } from "../../testing/fixtures";
import { createSignOffLink, unsafeReadSignOffLink } from "./links";

// Sign-off links: only the hash stored, bound to one recipient of one sign-off, expiring by the
// database clock, dead once the sign-off is cancelled or the recipient removed.

async function signOffWithRecipient(lifetimeHours = 168) {
  const client = await createContactViewer();
  const [signOff] = await db
    .insert(signOffs)
    .values({ accountId: client.accountId, subject: "Homepage design", linkLifetimeHours: lifetimeHours })
    .returning({ id: signOffs.id });
  const [recipient] = await db
    .insert(signOffRecipients)
    .values({ signOffId: signOff!.id, contactId: client.userId, role: "approver" })
    .returning({ id: signOffRecipients.id });
  const link = await db.transaction((tx) => createSignOffLink(tx, { signOffId: signOff!.id, recipientId: recipient!.id }));
  return { client, signOffId: signOff!.id, recipientId: recipient!.id, link };
}

describe("sign-off links", () => {
  it("stores only the hash, lasts the sign-off's lifetime by the database clock, and opens that sign-off for that recipient", async () => {
    const { client, signOffId, recipientId, link } = await signOffWithRecipient(48);
    const [row] = await db.select().from(signOffLinks).where(eq(signOffLinks.recipientId, recipientId));
    expect(row!.tokenHash).toBe(hashToken(link.raw));
    expect(JSON.stringify(row)).not.toContain(link.raw);
    const [lifetime] = await db
      .select({ hours: sql<number>`round(extract(epoch from ${signOffLinks.expiresAt} - now()) / 3600)::int` })
      .from(signOffLinks)
      .where(eq(signOffLinks.recipientId, recipientId));
    expect(lifetime!.hours).toBe(48);
    expect(await unsafeReadSignOffLink(link.raw)).toEqual({
      state: "usable",
      signOffId,
      recipientId,
      contactId: client.userId,
      accountId: client.accountId,
      email: client.email,
      expiresAt: expect.any(Date),
    });
  });

  it("an expired link says so (to offer a fresh one); a made-up or altered one opens nothing", async () => {
    const { recipientId, link } = await signOffWithRecipient();
    await db
      .update(signOffLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signOffLinks.recipientId, recipientId));
    expect(await unsafeReadSignOffLink(link.raw)).toEqual({ state: "expired", recipientId });
    const altered = `${link.raw[0] === "A" ? "B" : "A"}${link.raw.slice(1)}`;
    expect(await unsafeReadSignOffLink(altered)).toEqual({ state: "unusable" });
    expect(await unsafeReadSignOffLink("short")).toEqual({ state: "unusable" });
  });

  it("stops working once the sign-off is cancelled or the recipient removed", async () => {
    const cancelled = await signOffWithRecipient();
    await db
      .update(signOffs)
      .set({ state: "cancelled", cancelledAt: sql`now()` })
      .where(eq(signOffs.id, cancelled.signOffId));
    expect(await unsafeReadSignOffLink(cancelled.link.raw)).toEqual({ state: "unusable" });
    const removed = await signOffWithRecipient();
    await db
      .update(signOffRecipients)
      .set({ removedAt: sql`now()` })
      .where(eq(signOffRecipients.id, removed.recipientId));
    expect(await unsafeReadSignOffLink(removed.link.raw)).toEqual({ state: "unusable" });
  });
});
