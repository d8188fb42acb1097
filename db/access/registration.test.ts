import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, emails, invoices, users } from "@/db/schema";
import { unsafeInspectPasswordLink } from "./password-links";
import { unsafeConfirmRegistration, unsafeStartRegistration } from "./registration";
import { createContact, createStaffViewer } from "./test-fixtures";

async function accountWithInvoice(daysAgo = 30) {
  const contact = await createContact();
  const tag = randomUUID().slice(0, 8);
  await db.update(accounts).set({ billingPostcode: "BS1 4DJ" }).where(eq(accounts.id, contact.accountId));
  const [account] = await db.select({ number: accounts.number }).from(accounts).where(eq(accounts.id, contact.accountId));
  const invoiceNumber = `INV-${tag}`;
  await db.insert(invoices).values({ accountId: contact.accountId, number: invoiceNumber, issuedOn: sql`current_date - ${daysAgo}::int` });
  return { accountId: contact.accountId, accountNumber: account!.number, invoiceNumber };
}

async function registerAndGetToken(input: { email: string; accountNumber: string; billingPostcode: string; invoiceNumber: string }) {
  await unsafeStartRegistration({ name: "Alex Morgan", ...input });
  const [email] = await db.select({ props: emails.props }).from(emails).where(eq(emails.toAddress, input.email)).orderBy(desc(emails.createdAt)).limit(1);
  return (email!.props as { link: string }).link.split("/register/confirm/")[1]!;
}

describe("self-registration", () => {
  it("creates nothing before the address is confirmed, then joins the matching account and tells the owners", async () => {
    const owner = await createStaffViewer();
    const target = await accountWithInvoice();
    const email = `alex-${randomUUID()}@example.test`;
    const token = await registerAndGetToken({ email, accountNumber: target.accountNumber, billingPostcode: "bs14dj", invoiceNumber: target.invoiceNumber });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);

    const result = await unsafeConfirmRegistration(token);
    expect(result).toMatchObject({ outcome: "joined", needsPassword: true });
    const [person] = await db.select().from(users).where(eq(users.email, email));
    expect(person).toMatchObject({ kind: "contact", name: "Alex Morgan", passwordHash: null });
    expect(await db.select().from(accountContacts).where(and(eq(accountContacts.contactId, person!.id), eq(accountContacts.accountId, target.accountId)))).toHaveLength(1);
    if (result.outcome === "joined" && result.needsPassword) expect(await unsafeInspectPasswordLink(result.passwordToken)).toMatchObject({ state: "valid", email });
    const notices = await db.select().from(emails).where(and(eq(emails.toAddress, owner.email), eq(emails.template, "registration-notice")));
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
    const token = await registerAndGetToken({ email, accountNumber: target.accountNumber, billingPostcode: "BS1 4DJ", invoiceNumber: target.invoiceNumber, ...wrong });
    expect(await unsafeConfirmRegistration(token)).toEqual({ outcome: "no_match" });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("does not accept an invoice older than the window, nor a staff member's address", async () => {
    const old = await accountWithInvoice(181);
    const email = `late-${randomUUID()}@example.test`;
    expect(await unsafeConfirmRegistration(await registerAndGetToken({ email, accountNumber: old.accountNumber, billingPostcode: "BS1 4DJ", invoiceNumber: old.invoiceNumber }))).toEqual({ outcome: "no_match" });

    const staff = await createStaffViewer();
    const target = await accountWithInvoice();
    expect(await unsafeConfirmRegistration(await registerAndGetToken({ email: staff.email, accountNumber: target.accountNumber, billingPostcode: "BS1 4DJ", invoiceNumber: target.invoiceNumber }))).toEqual({ outcome: "no_match" });
    expect(await db.select().from(accountContacts).where(eq(accountContacts.contactId, staff.userId))).toEqual([]);
  });
});
