import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { listAccounts, setAccountTags } from "./accounts";
import { getContact, listContacts } from "./contacts";
import { sendInvitation } from "../onboarding/invitations";
import { createContact, createStaffViewer } from "../../testing/fixtures";

describe("console lists", () => {
  it("finds a contact by part of their email, with their accounts and status", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const { contacts } = await listContacts(staff, { query: contact.email.slice(8, 30) });
    expect(contacts).toEqual([
      { id: contact.id, name: "Casey Contact", email: contact.email, status: "not_invited", accountNames: contact.accountName },
    ]);

    await sendInvitation(staff, { contactId: contact.id, requestKey: randomUUID() });
    expect((await getContact(staff, contact.id))?.status).toBe("invited");
    expect((await getContact(staff, contact.id))?.invitations[0]).toMatchObject({ state: "pending", invitedBy: "Test Staff" });
  });

  it("treats search wildcards literally", async () => {
    const staff = await createStaffViewer();
    await createContact();
    expect((await listContacts(staff, { query: "%" })).contacts).toEqual([]);
    expect((await listContacts(staff, { query: "_" })).contacts).toEqual([]);
  });

  it("pages through every contact once, in order, by cursor", async () => {
    const staff = await createStaffViewer();
    for (let i = 0; i < 55; i++) await createContact();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listContacts>> = await listContacts(staff, { cursor });
      seen.push(...page.contacts.map((c) => c.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(55);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it("answers a malformed cursor with the first page, and a bad id with nothing", async () => {
    const staff = await createStaffViewer();
    expect((await listContacts(staff, { cursor: "garbage" })).contacts.length).toBeGreaterThan(0);
    expect(await getContact(staff, "../etc")).toBeNull();
    expect(await getContact(staff, randomUUID())).toBeNull();
  });

  it("lists accounts with how many people each has", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const { accounts } = await listAccounts(staff, { query: contact.accountName });
    expect(accounts).toEqual([expect.objectContaining({ id: contact.accountId, contactCount: 1 })]);
  });

  it("does not show a staff member as a contact", async () => {
    const staff = await createStaffViewer();
    expect((await listContacts(staff, { query: staff.email })).contacts).toEqual([]);
    expect(await getContact(staff, staff.userId)).toBeNull();
  });
});

describe("account list filters", () => {
  it("filters by last sign-in and tag, and sorts by the most recent sign-in", async () => {
    const staff = await createStaffViewer();
    const recent = await createContact();
    const never = await createContact();
    const tag = `Tag-${randomUUID().slice(0, 6)}`;
    await db
      .update(users)
      .set({ lastLoginAt: sql`now() - interval '1 day'` })
      .where(eq(users.id, recent.id));
    await setAccountTags(staff, never.accountId, [` ${tag} `, tag, ""]);

    const names = async (filter: Parameters<typeof listAccounts>[1]) => (await listAccounts(staff, filter)).accounts.map((a) => a.name);
    expect(await names({ query: recent.accountName, lastLogin: "30d" })).toEqual([recent.accountName]);
    expect(await names({ query: recent.accountName, lastLogin: "never" })).toEqual([]);
    expect(await names({ query: never.accountName, lastLogin: "never" })).toEqual([never.accountName]);
    expect(await names({ tag })).toEqual([never.accountName]);
    expect((await listAccounts(staff, { tag })).accounts[0]!.tags).toEqual([tag]);

    const byLogin = (await listAccounts(staff, { sort: "last_login" })).accounts;
    expect(byLogin[0]!.lastLoginAt).not.toBeNull();
    const times = byLogin.map((a) => a.lastLoginAt?.getTime() ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
