import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, auditEvents } from "@/db/schema";
import { createContact, createStaffViewer, ensureBusiness } from "../../testing/fixtures";
import { setAccountSignIn } from "./login-settings";

const auditedActions = async (accountId: string) =>
  (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.accountId, accountId)))
    .map((row) => row.action)
    .sort();

describe("an account's sign-in section, saved at once", () => {
  it("saves the mode, two-factor and each person's toggle together, auditing only what changed", async () => {
    await ensureBusiness();
    const staff = await createStaffViewer();
    const contact = await createContact();
    const settings = {
      portalAccess: "selected" as const,
      requireTwoFactor: false,
      people: [{ contactId: contact.id, state: "on" as const }],
    };
    expect(await setAccountSignIn(staff, contact.accountId, settings)).toBe(true);

    const [account] = await db.select().from(accounts).where(eq(accounts.id, contact.accountId));
    expect(account).toMatchObject({ portalAccess: "selected", requireTwoFactor: false });
    const [membership] = await db
      .select({ state: accountContacts.loginState })
      .from(accountContacts)
      .where(and(eq(accountContacts.accountId, contact.accountId), eq(accountContacts.contactId, contact.id)));
    expect(membership!.state).toBe("on");
    expect(await auditedActions(contact.accountId)).toEqual(["account.contact_login_changed", "account.portal_access_changed"]);

    // The same section saved again changes nothing and records nothing more.
    expect(await setAccountSignIn(staff, contact.accountId, settings)).toBe(true);
    expect(await auditedActions(contact.accountId)).toHaveLength(2);
  });

  it("leaves everything as it was when a listed person is not an id, and finds no other account", async () => {
    await ensureBusiness();
    const staff = await createStaffViewer();
    const contact = await createContact();
    const refused = { portalAccess: "disabled" as const, requireTwoFactor: true, people: [{ contactId: "nobody", state: "off" as const }] };
    expect(await setAccountSignIn(staff, contact.accountId, refused)).toBe(false);
    expect(await setAccountSignIn(staff, crypto.randomUUID(), { ...refused, people: [] })).toBe(false);
    const [account] = await db.select().from(accounts).where(eq(accounts.id, contact.accountId));
    expect(account!.portalAccess).not.toBe("disabled");
    expect(await auditedActions(contact.accountId)).toEqual([]);
  });
});
