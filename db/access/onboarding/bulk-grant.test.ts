import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, emails, users } from "@/db/schema";
import { grantAndInvite } from "./bulk-grant";
import { sendInvitation, unsafeInspectInvitation } from "./invitations";
import { createContact, createStaffViewer } from "../../testing/fixtures";

async function addContact(accountId: string, values: Partial<typeof users.$inferInsert> = {}) {
  const email = `bulk-${randomUUID()}@example.test`;
  const [row] = await db
    .insert(users)
    .values({ kind: "contact", name: "Bulk Person", email, ...values })
    .returning({ id: users.id });
  await db.insert(accountContacts).values({ accountId, contactId: row!.id });
  return { id: row!.id, email };
}

describe("grant and invite for selected accounts", () => {
  it("grants access and invites exactly those who may now sign in without a password, with working links", async () => {
    const staff = await createStaffViewer();
    await db.update(businessSettings).set({ allowCustomerLogin: false });
    try {
      const first = await createContact();
      const second = await createContact();
      const hasPassword = await addContact(first.accountId, { passwordHash: "$argon2id$x" });
      const switchedOff = await addContact(first.accountId, { loginState: "off" });
      const alreadyInvited = await addContact(second.accountId);
      await db.update(accounts).set({ portalAccess: "all" }).where(eq(accounts.id, second.accountId));
      await sendInvitation(staff, { contactId: alreadyInvited.id, requestKey: randomUUID() });
      await db.update(accounts).set({ portalAccess: "inherit" }).where(eq(accounts.id, second.accountId));

      const result = await grantAndInvite(
        staff,
        { accountIds: [first.accountId, second.accountId] },
        { invite: true, message: "Welcome aboard", requestKey: randomUUID() },
      );
      expect(result).toEqual({ accounts: 2, invited: 2 });

      for (const contact of [first, second]) {
        const [email] = await db.select().from(emails).where(eq(emails.toAddress, contact.email));
        const props = email!.props as { acceptUrl: string; message: string; accountName: string };
        expect(props).toMatchObject({ message: "Welcome aboard", accountName: contact.accountName });
        const raw = props.acceptUrl.split("/invitation/")[1]!;
        expect(await unsafeInspectInvitation(raw)).toMatchObject({ state: "valid", email: contact.email });
      }
      for (const skipped of [hasPassword, switchedOff]) {
        expect(await db.select().from(emails).where(eq(emails.toAddress, skipped.email))).toEqual([]);
      }
      expect(await db.select().from(emails).where(eq(emails.toAddress, alreadyInvited.email))).toHaveLength(1);
      const modes = await db.select({ mode: accounts.portalAccess }).from(accounts).where(eq(accounts.id, first.accountId));
      expect(modes).toEqual([{ mode: "all" }]);
    } finally {
      await db.update(businessSettings).set({ allowCustomerLogin: true });
    }
  });

  it("does the work once for a repeated request", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const requestKey = randomUUID();
    const first = await grantAndInvite(staff, { accountIds: [contact.accountId] }, { invite: true, requestKey });
    const again = await grantAndInvite(staff, { accountIds: [contact.accountId] }, { invite: true, requestKey });
    expect(again).toEqual(first);
    expect(await db.select().from(emails).where(eq(emails.toAddress, contact.email))).toHaveLength(1);
  });

  it("selects all accounts matching the list's filter", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const result = await grantAndInvite(
      staff,
      { allMatching: { query: contact.accountName } },
      { invite: false, requestKey: randomUUID() },
    );
    expect(result).toEqual({ accounts: 1, invited: 0 });
  });

  it("with no filter at all, selects every account", async () => {
    const staff = await createStaffViewer();
    await createContact();
    const result = await grantAndInvite(staff, { allMatching: {} }, { invite: false, requestKey: randomUUID() });
    expect(result.accounts).toBeGreaterThan(0);
  });

  it("ignores ids that are not accounts", async () => {
    const staff = await createStaffViewer();
    expect(await grantAndInvite(staff, { accountIds: ["nope", randomUUID()] }, { invite: true, requestKey: randomUUID() })).toEqual({
      accounts: 0,
      invited: 0,
    });
  });
});
