import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { businessSettings, emails, users } from "@/db/schema";
import { unsafeInspectPasswordLink } from "./password-links";
import { unsafeCompleteSetup, unsafeInspectSetupLink, unsafeIssueSetupLink } from "./setup";

// The first run of a real deployment: the shared test database already has a business, so it is
// set aside for these tests and put back after.
let saved: (typeof businessSettings.$inferSelect)[] = [];
beforeAll(async () => {
  saved = await db.select().from(businessSettings);
  await db.delete(businessSettings);
});
afterAll(async () => {
  await db.delete(businessSettings);
  if (saved.length > 0) await db.insert(businessSettings).values(saved);
});

const tokenOf = (url: string) => url.split("/setup/")[1]!;

describe("first-run setup", () => {
  it("sets up the business and its first owner once, with a password link and never a password", async () => {
    const older = await unsafeIssueSetupLink();
    const link = await unsafeIssueSetupLink();
    expect(link).not.toBeNull();
    // Only the latest link printed works.
    expect(await unsafeInspectSetupLink(tokenOf(older!.url))).toBe("cancelled");
    expect(await unsafeInspectSetupLink(tokenOf(link!.url))).toBe("valid");

    const email = `owner-${Date.now()}@setup.example`;
    const result = await unsafeCompleteSetup(tokenOf(link!.url), {
      businessName: "Fenwick & Daughters",
      ownerName: "Iris Fenwick",
      ownerEmail: email,
    });
    expect(result).toMatchObject({ ok: true, email });
    const [owner] = await db.select().from(users).where(eq(users.email, email));
    expect(owner).toMatchObject({ kind: "staff", staffRole: "owner", passwordHash: null });
    const [business] = await db.select().from(businessSettings);
    expect(business).toMatchObject({ name: "Fenwick & Daughters", allowCustomerLogin: false });
    const [sent] = await db.select().from(emails).where(eq(emails.toAddress, email));
    expect(sent).toMatchObject({ template: "password-link", subject: "Choose your password for Fenwick & Daughters" });
    if (result.ok)
      expect(await unsafeInspectPasswordLink(result.passwordLink.split("/reset-password/")[1]!)).toMatchObject({ state: "valid", email });

    // Once set up: the page is gone, the link spent, and no new link is issued.
    expect(await unsafeInspectSetupLink(tokenOf(link!.url))).toBe("done");
    expect(
      await unsafeCompleteSetup(tokenOf(link!.url), { businessName: "Again", ownerName: "Eve", ownerEmail: "eve@setup.example" }),
    ).toEqual({ ok: false, error: "done" });
    expect(await unsafeIssueSetupLink()).toBeNull();
    expect(await db.select().from(users).where(eq(users.email, "eve@setup.example"))).toEqual([]);
  });

  it("refuses a made-up or spent link and changes nothing", async () => {
    await db.delete(businessSettings);
    expect(await unsafeCompleteSetup("A".repeat(43), { businessName: "Nope", ownerName: "No", ownerEmail: "no@setup.example" })).toEqual({
      ok: false,
      error: "link_unusable",
    });
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(businessSettings)).toEqual([{ n: 0 }]);
  });
});
