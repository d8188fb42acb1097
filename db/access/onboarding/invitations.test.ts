import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accounts, auditEvents, businessSettings, capabilityDefaults, emails, invitations, tokens, users } from "@/db/schema";
import {
  inviteColleague,
  sendInvitation,
  unsafeAcceptInvitation,
  unsafeAutoInviteOnInboundEmail,
  unsafeInspectInvitation,
} from "./invitations";
import { usableCapabilities as getMyCapabilities } from "../permissions/resolver";
import { applyDefaultsToAllContacts, setLayerRules } from "../permissions/layer-rules";
import type { ContactViewer } from "../viewer/viewer";
import { NO_SESSION, createContact, createStaffViewer, isSessionOpen, openSession, readUser } from "../../testing/fixtures";

async function invite(contactId: string, options: { message?: string; requestKey?: string } = {}) {
  const staff = await createStaffViewer();
  const result = await sendInvitation(staff, { contactId, requestKey: options.requestKey ?? randomUUID(), message: options.message });
  return { staff, result };
}

async function latestLinkFor(emailAddress: string) {
  const rows = await db.select({ props: emails.props }).from(emails).where(eq(emails.toAddress, emailAddress)).orderBy(emails.createdAt);
  const props = rows.at(-1)?.props as { acceptUrl: string } | undefined;
  return props?.acceptUrl.split("/invitation/")[1] ?? "";
}

describe("sending an invitation", () => {
  it("writes the invitation, its token, its email and an audit event together", async () => {
    const contact = await createContact();
    const { staff, result } = await invite(contact.id, { message: "See you there" });
    expect(result).toEqual({ ok: true });

    const [invitation] = await db.select().from(invitations).where(eq(invitations.contactId, contact.id));
    expect(invitation).toMatchObject({ accountId: contact.accountId, invitedByUserId: staff.userId, message: "See you there" });
    const [email] = await db.select().from(emails).where(eq(emails.toAddress, contact.email));
    expect(email).toMatchObject({ status: "queued", template: "invitation", subject: "Test Staff invited you to Test Business" });
    const raw = await latestLinkFor(contact.email);
    expect(await unsafeInspectInvitation(raw)).toEqual({
      state: "valid",
      email: contact.email,
      name: "Casey Contact",
      accountName: contact.accountName,
      // What the new password must not be made of: the person, their accounts and the business.
      guessableWords: expect.arrayContaining([contact.email, "Casey Contact", contact.accountName, "Test Business"]),
    });
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, contact.id), eq(auditEvents.action, "invitation.sent")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(staff.userId);
  });

  it("does the work once when the same submission arrives twice", async () => {
    const contact = await createContact();
    const staff = await createStaffViewer();
    const requestKey = randomUUID();
    await Promise.all([1, 2, 3].map(() => sendInvitation(staff, { contactId: contact.id, requestKey })));
    expect(await db.select().from(invitations).where(eq(invitations.contactId, contact.id))).toHaveLength(1);
    expect(await db.select().from(emails).where(eq(emails.toAddress, contact.email))).toHaveLength(1);
  });

  it("replaces an earlier invitation: the old link reads as cancelled", async () => {
    const contact = await createContact();
    await invite(contact.id);
    const first = await latestLinkFor(contact.email);
    await invite(contact.id);
    const second = await latestLinkFor(contact.email);
    expect(await unsafeInspectInvitation(first)).toEqual({ state: "cancelled" });
    expect((await unsafeInspectInvitation(second)).state).toBe("valid");
  });

  it("refuses a contact whose login is off, and an unknown contact, writing nothing", async () => {
    const off = await createContact({ loginState: "off" });
    const staff = await createStaffViewer();
    expect(await sendInvitation(staff, { contactId: off.id, requestKey: randomUUID() })).toEqual({ ok: false, error: "login_off" });
    expect(await sendInvitation(staff, { contactId: randomUUID(), requestKey: randomUUID() })).toEqual({ ok: false, error: "not_found" });
    expect(await sendInvitation(staff, { contactId: "not-a-uuid", requestKey: randomUUID() })).toEqual({ ok: false, error: "not_found" });
    expect(await db.select().from(emails).where(eq(emails.toAddress, off.email))).toHaveLength(0);
  });

  it("refuses a contact viewer even if the type system is bypassed", async () => {
    const contact = await createContact();
    const asContact = {
      kind: "contact",
      userId: contact.id,
      name: "x",
      email: contact.email,
      accountId: contact.accountId,
      accountName: "x",
    };
    await expect(sendInvitation(asContact as never, { contactId: contact.id, requestKey: randomUUID() })).rejects.toThrow(/staff only/);
  });
});

describe("accepting an invitation", () => {
  it("sets the password once, ends other sessions, and records it", async () => {
    const contact = await createContact();
    await invite(contact.id);
    const raw = await latestLinkFor(contact.email);
    const otherBrowser = await openSession(contact.id);

    expect(await unsafeAcceptInvitation(raw, "$argon2id$fake-hash-for-test")).toEqual({ email: contact.email });
    const after = await readUser(contact.id);
    expect(after.passwordHash).toBe("$argon2id$fake-hash-for-test");
    expect(await isSessionOpen(otherBrowser)).toBe(false);
    expect(await unsafeInspectInvitation(raw)).toEqual({ state: "used" });
    expect(await unsafeAcceptInvitation(raw, "$argon2id$another")).toBeNull();
    expect((await readUser(contact.id)).passwordHash).toBe("$argon2id$fake-hash-for-test");
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.subjectUserId, contact.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.accepted", "password.set"]));
  });

  it("refuses an expired invitation", async () => {
    const contact = await createContact();
    await invite(contact.id);
    const raw = await latestLinkFor(contact.email);
    await db
      .update(tokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(tokens.userId, contact.id));
    expect(await unsafeAcceptInvitation(raw, "$argon2id$x")).toBeNull();
    expect((await readUser(contact.id)).passwordHash).toBeNull();
  });
});

describe("auto-invitation on inbound email", () => {
  it("invites a contact who may sign in but never activated, at most once a week", async () => {
    const contact = await createContact();
    await unsafeAutoInviteOnInboundEmail(`  ${contact.email.toUpperCase()} `);
    await unsafeAutoInviteOnInboundEmail(contact.email);
    const sent = await db.select().from(emails).where(eq(emails.toAddress, contact.email));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ subject: "Test Business invited you to Test Business" });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.contactId, contact.id));
    expect(invitation!.invitedByUserId).toBeNull();

    await db
      .update(invitations)
      .set({ createdAt: sql`now() - interval '8 days'` })
      .where(eq(invitations.contactId, contact.id));
    await unsafeAutoInviteOnInboundEmail(contact.email);
    expect(await db.select().from(emails).where(eq(emails.toAddress, contact.email))).toHaveLength(2);
  });

  it("ignores people who already have a password, may not sign in, or are unknown", async () => {
    const active = await createContact({ passwordHash: "$argon2id$x" });
    const off = await createContact({ loginState: "off" });
    for (const address of [active.email, off.email, "stranger@example.test"]) await unsafeAutoInviteOnInboundEmail(address);
    for (const address of [active.email, off.email, "stranger@example.test"]) {
      expect(await db.select().from(emails).where(eq(emails.toAddress, address))).toHaveLength(0);
    }
  });
});

describe("clients inviting colleagues", () => {
  const asViewer = (contact: Awaited<ReturnType<typeof createContact>>): ContactViewer => ({
    kind: "contact",
    userId: contact.id,
    sessionId: NO_SESSION,
    name: "Casey Contact",
    email: contact.email,
    accountId: contact.accountId,
    accountName: contact.accountName,
    accounts: [{ id: contact.accountId, name: contact.accountName }],
    hasChosenAccount: true,
  });

  it("creates the colleague at the inviter's account, never with a capability the inviter lacks", async () => {
    const staff = await createStaffViewer();
    const inviter = await createContact();
    await setLayerRules(staff, { layer: "contact", contactId: inviter.id }, { "colleagues.invite": true });
    await setLayerRules(staff, { layer: "contact", contactId: inviter.id }, { "invoices.view": false });
    await setLayerRules(staff, { layer: "module" }, { "invoices.view": true, "tickets.view": true });
    try {
      const email = `colleague-${randomUUID()}@example.test`;
      expect(await inviteColleague(asViewer(inviter), { email, name: "Col League", requestKey: randomUUID() })).toEqual({ ok: true });
      const [colleague] = await db.select().from(users).where(eq(users.email, email));
      const held = await getMyCapabilities({ ...asViewer(inviter), userId: colleague!.id });
      expect(held.has("tickets.view")).toBe(true);
      expect(held.has("invoices.view")).toBe(false);
      expect(held.has("colleagues.invite")).toBe(false);
      const [invitation] = await db.select().from(invitations).where(eq(invitations.contactId, colleague!.id));
      expect(invitation).toMatchObject({ accountId: inviter.accountId, invitedByUserId: inviter.id });
      // A known address (here the colleague just made, or a staff member's) answers as a new one would, and nothing is sent.
      expect(await inviteColleague(asViewer(inviter), { email, name: "Again", requestKey: randomUUID() })).toEqual({ ok: true });
      expect(await inviteColleague(asViewer(inviter), { email: staff.email, name: "Staff", requestKey: randomUUID() })).toEqual({
        ok: true,
      });
      expect(await db.select().from(emails).where(eq(emails.toAddress, staff.email))).toHaveLength(0);
      expect(await db.select().from(invitations).where(eq(invitations.contactId, colleague!.id))).toHaveLength(1);
      // The inviter's limits are the colleague's own layer: "apply the defaults to all" leaves them.
      await applyDefaultsToAllContacts(staff);
      expect((await getMyCapabilities({ ...asViewer(inviter), userId: colleague!.id })).has("invoices.view")).toBe(false);
    } finally {
      await db.delete(capabilityDefaults);
      await db.update(businessSettings).set({ defaultsAppliedAt: null });
    }
  });

  it("follows the account's portal access for a newcomer, as the login rule does", async () => {
    const staff = await createStaffViewer();
    const inviter = await createContact({ loginState: "on" });
    await setLayerRules(staff, { layer: "contact", contactId: inviter.id }, { "colleagues.invite": true });
    const invite = () =>
      inviteColleague(asViewer(inviter), { email: `newcomer-${randomUUID()}@example.test`, name: "New Comer", requestKey: randomUUID() });
    for (const [mode, expected] of [
      ["selected", false],
      ["disabled", false],
      ["all", true],
      ["inherit", true],
    ] as const) {
      await db.update(accounts).set({ portalAccess: mode }).where(eq(accounts.id, inviter.accountId));
      expect((await invite()).ok, mode).toBe(expected);
    }
    await db.update(businessSettings).set({ allowCustomerLogin: false });
    try {
      expect(await invite()).toMatchObject({ ok: false, error: "account_closed" });
    } finally {
      await db.update(businessSettings).set({ allowCustomerLogin: true });
    }
  });

  it("limits how many colleagues one person invites in a short time", async () => {
    const staff = await createStaffViewer();
    const inviter = await createContact();
    await setLayerRules(staff, { layer: "contact", contactId: inviter.id }, { "colleagues.invite": true });
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      answers.push(
        await inviteColleague(
          asViewer(inviter),
          { email: `burst-${attempt}-${randomUUID()}@example.test`, name: "Burst", requestKey: randomUUID() },
          "203.0.113.20",
        ),
      );
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
    expect(answers[5]).toMatchObject({ ok: false, error: "throttled" });
  });

  it("refuses a contact without the capability", async () => {
    const inviter = await createContact();
    expect(
      await inviteColleague(asViewer(inviter), { email: `x-${randomUUID()}@example.test`, name: "X", requestKey: randomUUID() }),
    ).toEqual({ ok: false, error: "not_allowed" });
  });
});
