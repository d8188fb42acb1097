import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { tokens } from "@/db/schema";
import { hashToken } from "@/lib/security/tokens";
import { createContact } from "../../testing/fixtures";
import { cancelOpenTokens, consumeToken, issueToken, unsafeInspectToken } from "./tokens";

async function issueFor(userId: string, ttlHours = 1) {
  return db.transaction((tx) => issueToken(tx, { purpose: "invitation", userId, ttlHours }));
}

describe("tokens", () => {
  it("stores only a hash of 32 random bytes", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    expect(Buffer.from(token.raw, "base64url")).toHaveLength(32);
    const [row] = await db.select().from(tokens).where(eq(tokens.id, token.id));
    expect(row!.tokenHash).toBe(hashToken(token.raw));
    expect(JSON.stringify(row)).not.toContain(token.raw);
  });

  it("works once: a reused token is refused and reads as used", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    expect(await db.transaction((tx) => consumeToken(tx, "invitation", token.raw))).toEqual({
      id: token.id,
      userId: contact.id,
      registrationId: null,
    });
    expect(await db.transaction((tx) => consumeToken(tx, "invitation", token.raw))).toBeNull();
    expect(await unsafeInspectToken("invitation", token.raw)).toEqual({ state: "used" });
  });

  it("lets only one of two concurrent uses succeed", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    const results = await Promise.all([1, 2].map(() => db.transaction((tx) => consumeToken(tx, "invitation", token.raw))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("expires by the database clock", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    await db
      .update(tokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(tokens.id, token.id));
    expect(await unsafeInspectToken("invitation", token.raw)).toEqual({ state: "expired" });
    expect(await db.transaction((tx) => consumeToken(tx, "invitation", token.raw))).toBeNull();
  });

  it("sets expiry from the configured lifetime, measured by the database", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id, 168);
    const [row] = await db
      .select({ hours: sql<number>`extract(epoch from ${tokens.expiresAt} - now()) / 3600` })
      .from(tokens)
      .where(eq(tokens.id, token.id));
    expect(Number(row!.hours)).toBeGreaterThan(167.9);
    expect(Number(row!.hours)).toBeLessThanOrEqual(168);
  });

  it("is bound to its purpose", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    expect(await unsafeInspectToken("password_reset", token.raw)).toEqual({ state: "unknown" });
    expect(await db.transaction((tx) => consumeToken(tx, "password_reset", token.raw))).toBeNull();
    expect(await unsafeInspectToken("invitation", token.raw)).toMatchObject({ state: "valid" });
  });

  it("stops working when cancelled", async () => {
    const contact = await createContact();
    const token = await issueFor(contact.id);
    await db.transaction((tx) => cancelOpenTokens(tx, "invitation", contact.id));
    expect(await unsafeInspectToken("invitation", token.raw)).toEqual({ state: "cancelled" });
    expect(await db.transaction((tx) => consumeToken(tx, "invitation", token.raw))).toBeNull();
  });

  it("answers unknown for made-up and malformed tokens", async () => {
    expect(await unsafeInspectToken("invitation", "A".repeat(43))).toEqual({ state: "unknown" });
    expect(await unsafeInspectToken("invitation", "../../etc/passwd")).toEqual({ state: "unknown" });
  });
});
