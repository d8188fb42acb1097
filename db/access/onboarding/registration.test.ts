import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, emails, invoices, users } from "@/db/schema";
import { unsafeInspectPasswordLink } from "./password-links";
import { unsafeConfirmRegistration, unsafeStartRegistration } from "./registration";
import { createContact, createStaffViewer } from "../../testing/fixtures";

async function accountWithInvoice(daysAgo = 30, status: "open" | "draft" = "open") {
  const contact = await createContact();
  const tag = randomUUID().slice(0, 8);
  await db.update(accounts).set({ billingPostcode: "BS1 4DJ" }).where(eq(accounts.id, contact.accountId));
  const [account] = await db.select({ number: accounts.number }).from(accounts).where(eq(accounts.id, contact.accountId));
  const invoiceNumber = `INV-${tag}`;
  await db
    .insert(invoices)
    .values({ accountId: contact.accountId, number: invoiceNumber, status, issuedOn: sql`current_date - ${daysAgo}::int` });
  return {
    accountId: contact.accountId,
    accountNumber: account!.number,
    invoiceNumber,
    contactId: contact.id,
    contactEmail: contact.email,
  };
}

async function registerAndGetToken(input: { email: string; accountNumber: string; billingPostcode: string; invoiceNumber: string }) {
  await unsafeStartRegistration({ name: "Alex Morgan", ...input });
  const [email] = await db
    .select({ props: emails.props })
    .from(emails)
    .where(eq(emails.toAddress, input.email))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return (email!.props as { link: string }).link.split("/register/confirm/")[1]!;
}

describe("self-registration", () => {
  it("creates nothing before the address is confirmed, then joins the matching account and tells the owners", async () => {
    const owner = await createStaffViewer();
    const target = await accountWithInvoice();
    const email = `alex-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({
      email,
      accountNumber: target.accountNumber,
      billingPostcode: "bs14dj",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);

    const result = await unsafeConfirmRegistration(token);
    expect(result).toMatchObject({ outcome: "joined", needsPassword: true });
    const [person] = await db.select().from(users).where(eq(users.email, email));
    expect(person).toMatchObject({ kind: "contact", name: "Alex Morgan", passwordHash: null });
    expect(
      await db
        .select()
        .from(accountContacts)
        .where(and(eq(accountContacts.contactId, person!.id), eq(accountContacts.accountId, target.accountId))),
    ).toHaveLength(1);
    if (result.outcome === "joined" && result.needsPassword)
      expect(await unsafeInspectPasswordLink(result.passwordToken)).toMatchObject({ state: "valid", email });
    const notices = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, owner.email), eq(emails.template, "registration-notice")));
    expect(notices).toHaveLength(1);

    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "link_unusable" });
  });

  it.each([
    ["a wrong invoice number", { invoiceNumber: "INV-nope" }],
    ["a wrong postcode", { billingPostcode: "ZZ9 9ZZ" }],
    ["a wrong account number", { accountNumber: "A-nope" }],
  ])("with %s, confirms the address but creates nothing", async (_label, wrong) => {
    const target = await accountWithInvoice();
    const email = `eve-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({
      email,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
      ...wrong,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("does not accept an invoice older than the window, nor a staff member's address", async () => {
    const old = await accountWithInvoice(181);
    const email = `late-${randomUUID()}@example.test`;
    expect(
      await unsafeConfirmRegistration(
        await registerAndGetToken({
          email,
          accountNumber: old.accountNumber,
          billingPostcode: "BS1 4DJ",
          invoiceNumber: old.invoiceNumber,
        }),
      ),
    ).toEqual({ outcome: "no_match" });

    const staff = await createStaffViewer();
    const target = await accountWithInvoice();
    expect(
      await unsafeConfirmRegistration(
        await registerAndGetToken({
          email: staff.email,
          accountNumber: target.accountNumber,
          billingPostcode: "BS1 4DJ",
          invoiceNumber: target.invoiceNumber,
        }),
      ),
    ).toEqual({ outcome: "no_match" });
    expect(await db.select().from(accountContacts).where(eq(accountContacts.contactId, staff.userId))).toEqual([]);
  });

  it("accepts only an issued invoice as proof, not a draft", async () => {
    const target = await accountWithInvoice(10, "draft");
    const email = `draft-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({
      email,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("does not join an account whose portal staff disabled, says only 'no match', and tells the owners", async () => {
    const owner = await createStaffViewer();
    const target = await accountWithInvoice();
    await db.update(accounts).set({ portalAccess: "disabled" }).where(eq(accounts.id, target.accountId));
    const email = `stranger-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({
      email,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const [notice] = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, owner.email), eq(emails.template, "registration-notice")));
    expect(notice).toMatchObject({ subject: expect.stringContaining("was refused") });
  });

  it("leaves a person staff switched off at the account switched off", async () => {
    const target = await accountWithInvoice();
    await db.update(accountContacts).set({ loginState: "off" }).where(eq(accountContacts.contactId, target.contactId));
    const token = await registerAndGetToken({
      email: target.contactEmail,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    const [membership] = await db
      .select({ loginState: accountContacts.loginState })
      .from(accountContacts)
      .where(eq(accountContacts.contactId, target.contactId));
    expect(membership!.loginState).toBe("off");
  });

  it("leaves a person staff switched off everywhere switched off", async () => {
    const target = await accountWithInvoice();
    await db.update(users).set({ loginState: "off" }).where(eq(users.id, target.contactId));
    const token = await registerAndGetToken({
      email: target.contactEmail,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    expect((await db.select({ loginState: users.loginState }).from(users).where(eq(users.id, target.contactId)))[0]!.loginState).toBe(
      "off",
    );
  });

  it("where only selected people may sign in, makes them a contact who waits for staff", async () => {
    const owner = await createStaffViewer();
    const target = await accountWithInvoice();
    await db.update(accounts).set({ portalAccess: "selected" }).where(eq(accounts.id, target.accountId));
    const email = `waiting-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({
      email,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "awaiting_staff" });
    const [person] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const [membership] = await db
      .select({ loginState: accountContacts.loginState })
      .from(accountContacts)
      .where(eq(accountContacts.contactId, person!.id));
    expect(membership!.loginState).toBe("inherit");
    const [notice] = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, owner.email), eq(emails.template, "registration-notice")));
    expect(notice).toMatchObject({ subject: expect.stringContaining("is waiting") });
  });

  it("slows guessing per account number, and alerts the owners after repeated misses", async () => {
    const owner = await createStaffViewer();
    const target = await accountWithInvoice();
    const outcomes = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const token = await registerAndGetToken({
        email: `guess-${attempt}-${randomUUID()}@example.test`,
        accountNumber: target.accountNumber,
        billingPostcode: "BS1 4DJ",
        invoiceNumber: `INV-guess-${attempt}`,
      });
      // Each from a different address: the limit follows the account, not the guesser.
      outcomes.push((await unsafeConfirmRegistration(token, `198.51.100.${attempt}`)).outcome);
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("no_match"));
    expect(outcomes[10]).toBe("throttled");
    const alerts = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, owner.email), eq(emails.template, "registration-notice")));
    expect(alerts.map((alert) => alert.subject)).toEqual([expect.stringContaining("Repeated failed registrations")]);

    // Even the right details wait until the window rolls over.
    const right = await registerAndGetToken({
      email: `late-${randomUUID()}@example.test`,
      accountNumber: target.accountNumber,
      billingPostcode: "BS1 4DJ",
      invoiceNumber: target.invoiceNumber,
    });
    expect(await unsafeConfirmRegistration(right, "203.0.113.50")).toMatchObject({ outcome: "throttled" });
  });
});
