import { desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, tokens } from "@/db/schema";
import { setContactLogin } from "./login-settings";
import {
  sendPasswordResetLink,
  unsafeInspectPasswordLink,
  unsafeRequestPasswordLink,
  unsafeRequestUsernameReminder,
  unsafeSetPasswordByLink,
} from "./password-links";
import { createContact, createStaffViewer, isSessionOpen, openSession, readUser } from "../../testing/fixtures";

async function latestEmailTo(to: string) {
  const [row] = await db.select().from(emails).where(eq(emails.toAddress, to)).orderBy(desc(emails.createdAt)).limit(1);
  return row ?? null;
}
const tokenOf = (link: string) => link.split("/reset-password/")[1]!;

describe("password links", () => {
  it("emails a reset link valid for 2 hours, usable once", async () => {
    const contact = await createContact({ passwordHash: "$argon2id$old" });
    await unsafeRequestPasswordLink(contact.email.toUpperCase(), "reset");
    const email = await latestEmailTo(contact.email);
    expect(email).toMatchObject({ template: "password-link", subject: "Reset your password for Test Business" });
    const raw = tokenOf((email!.props as { link: string }).link);
    const [token] = await db
      .select({ hours: sql<number>`extract(epoch from ${tokens.expiresAt} - now()) / 3600` })
      .from(tokens)
      .where(eq(tokens.userId, contact.id));
    expect(Number(token!.hours)).toBeGreaterThan(1.9);
    expect(Number(token!.hours)).toBeLessThanOrEqual(2);

    expect(await unsafeInspectPasswordLink(raw)).toEqual({
      state: "valid",
      email: contact.email,
      name: "Casey Contact",
      guessableWords: expect.arrayContaining([contact.email, "Casey Contact", "Test Business"]),
    });
    const otherBrowser = await openSession(contact.id);
    expect(await unsafeSetPasswordByLink(raw, "$argon2id$new")).toEqual({ email: contact.email });
    const after = await readUser(contact.id);
    expect(after.passwordHash).toBe("$argon2id$new");
    expect(await isSessionOpen(otherBrowser)).toBe(false);
    expect(await unsafeSetPasswordByLink(raw, "$argon2id$again")).toBeNull();
    expect(await unsafeInspectPasswordLink(raw)).toEqual({ state: "used" });
  });

  it("refuses an expired link", async () => {
    const contact = await createContact({ passwordHash: "$argon2id$old" });
    await unsafeRequestPasswordLink(contact.email, "reset");
    const raw = tokenOf(((await latestEmailTo(contact.email))!.props as { link: string }).link);
    await db
      .update(tokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(tokens.userId, contact.id));
    expect(await unsafeSetPasswordByLink(raw, "$argon2id$new")).toBeNull();
    expect((await readUser(contact.id)).passwordHash).toBe("$argon2id$old");
  });

  it("sends nothing for an unknown address, or one that may not sign in", async () => {
    await unsafeRequestPasswordLink("nobody-known@example.test", "reset");
    expect(await latestEmailTo("nobody-known@example.test")).toBeNull();
    const off = await createContact({ loginState: "off" });
    await unsafeRequestPasswordLink(off.email, "reset");
    expect(await latestEmailTo(off.email)).toBeNull();
  });

  it("sends a first-password link only to someone who has none yet, worded for a first sign-in", async () => {
    const withPassword = await createContact({ passwordHash: "$argon2id$x" });
    await unsafeRequestPasswordLink(withPassword.email, "first");
    expect(await latestEmailTo(withPassword.email)).toBeNull();

    const fresh = await createContact();
    await unsafeRequestPasswordLink(fresh.email, "first");
    await unsafeRequestPasswordLink(fresh.email, "first"); // a second try minutes later sends nothing more
    const sent = await db.select().from(emails).where(eq(emails.toAddress, fresh.email));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ subject: "Choose your password for Test Business" });
  });

  it("refuses a link once the person's access has been revoked", async () => {
    const contact = await createContact();
    await unsafeRequestPasswordLink(contact.email, "first");
    const raw = tokenOf(((await latestEmailTo(contact.email))!.props as { link: string }).link);
    await setContactLogin(await createStaffViewer(), contact.id, "off");
    expect(await unsafeSetPasswordByLink(raw, "$argon2id$new")).toBeNull();
    expect((await readUser(contact.id)).passwordHash).toBeNull();
  });

  it("emails the username and the accounts it opens", async () => {
    const contact = await createContact({ passwordHash: "$argon2id$x" });
    await unsafeRequestUsernameReminder(contact.email);
    const email = await latestEmailTo(contact.email);
    expect(email).toMatchObject({ template: "username-reminder" });
    expect(email!.props).toMatchObject({ username: contact.email, accountNames: [contact.accountName] });
  });
});

describe("staff sending a reset link", () => {
  it("emails the contact a link, and refuses contacts who may not sign in and staff", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact({ passwordHash: "$argon2id$x" });
    expect(await sendPasswordResetLink(staff, contact.id)).toBe(true);
    expect(await latestEmailTo(contact.email)).toMatchObject({ template: "password-link" });
    const off = await createContact({ loginState: "off" });
    expect(await sendPasswordResetLink(staff, off.id)).toBe(false);
    expect(await sendPasswordResetLink(staff, staff.userId)).toBe(false);
  });
});
