import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";
import { enableLoginForAllContacts, getLoginSettings, setAllowCustomerLogin, setContactLogin } from "../onboarding/login-settings";
import { isAccountActive, maySignIn, mayUseAccount } from "./login-rule";
import { createContact, createStaffViewer, ensureBusiness } from "../../testing/fixtures";

type Layers = {
  business: boolean;
  account: "inherit" | "disabled" | "all" | "selected";
  membership: "inherit" | "on" | "off";
  contact: "inherit" | "on" | "off";
};

async function mayUse(layers: Layers) {
  await ensureBusiness();
  await db.update(businessSettings).set({ allowCustomerLogin: layers.business, loginsEnabledAt: null });
  const contact = await createContact({ loginState: layers.contact });
  await db.update(accounts).set({ portalAccess: layers.account }).where(eq(accounts.id, contact.accountId));
  await db.update(accountContacts).set({ loginState: layers.membership }).where(eq(accountContacts.contactId, contact.id));
  const [row] = await db
    .select({ mayUse: mayUseAccount, maySignIn, isActive: isAccountActive })
    .from(accountContacts)
    .innerJoin(users, eq(users.id, accountContacts.contactId))
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(eq(accountContacts.contactId, contact.id));
  expect(row!.maySignIn).toBe(row!.mayUse);
  expect(row!.isActive).toBe(row!.mayUse);
  return row!.mayUse;
}

// Most specific wins: contact off > toggle at the account > contact on > account mode > business switch.
const cases: [Layers, boolean][] = [
  [{ business: true, account: "inherit", membership: "inherit", contact: "inherit" }, true],
  [{ business: false, account: "inherit", membership: "inherit", contact: "inherit" }, false],
  [{ business: false, account: "all", membership: "inherit", contact: "inherit" }, true],
  [{ business: true, account: "disabled", membership: "inherit", contact: "inherit" }, false],
  [{ business: true, account: "selected", membership: "inherit", contact: "inherit" }, false],
  [{ business: false, account: "selected", membership: "on", contact: "inherit" }, true],
  [{ business: true, account: "all", membership: "off", contact: "inherit" }, false],
  [{ business: false, account: "disabled", membership: "inherit", contact: "on" }, true],
  [{ business: true, account: "all", membership: "on", contact: "off" }, false],
  [{ business: false, account: "disabled", membership: "on", contact: "inherit" }, true],
  [{ business: true, account: "inherit", membership: "off", contact: "on" }, false],
];

describe("who may sign in", () => {
  afterEach(() => db.update(businessSettings).set({ allowCustomerLogin: true, loginsEnabledAt: null }));

  it.each(cases)("%o → %s", async (layers, expected) => {
    expect(await mayUse(layers)).toBe(expected);
  });

  it("lets staff in unless their login is off", async () => {
    const staff = await createStaffViewer();
    const read = async () => (await db.select({ maySignIn }).from(users).where(eq(users.id, staff.userId)))[0]!.maySignIn;
    expect(await read()).toBe(true);
    await db.update(users).set({ loginState: "off" }).where(eq(users.id, staff.userId));
    expect(await read()).toBe(false);
  });
});

describe("enable login for all existing contacts", () => {
  afterEach(() => db.update(businessSettings).set({ allowCustomerLogin: true, loginsEnabledAt: null }));

  it("switches on every existing contact, even one switched off earlier, at the cost of one row", async () => {
    const staff = await createStaffViewer();
    await setAllowCustomerLogin(staff, false);
    const earlierOff = await createContact({ loginState: "off" });
    const plain = await createContact();
    const { notYetOn } = await getLoginSettings(staff);
    expect(notYetOn).toBeGreaterThanOrEqual(2);

    expect(await enableLoginForAllContacts(staff)).toBe(notYetOn);
    expect(await signInAllowed(earlierOff.id)).toBe(true);
    expect(await signInAllowed(plain.id)).toBe(true);
    expect((await getLoginSettings(staff)).notYetOn).toBe(0);
    const [rewritten] = await db
      .select({ touched: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.id, earlierOff.id), eq(users.loginState, "on")));
    expect(rewritten!.touched).toBe(0); // the row itself was not rewritten
  });

  it("leaves later contacts to the usual rules, and a later decision by hand wins", async () => {
    const staff = await createStaffViewer();
    await setAllowCustomerLogin(staff, false);
    const before = await createContact();
    await enableLoginForAllContacts(staff);
    await db.execute(sql`select pg_sleep(0.01)`);
    const after = await createContact();
    expect(await signInAllowed(after.id)).toBe(false);

    await setContactLogin(staff, before.id, "off");
    expect(await signInAllowed(before.id)).toBe(false);
  });
});

async function signInAllowed(userId: string) {
  const [row] = await db.select({ maySignIn }).from(users).where(eq(users.id, userId));
  return row!.maySignIn;
}
