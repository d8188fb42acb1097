import { createContact, expect, openAsStaff, signIn, sql, test } from "../fixtures";
import { createOpenInvoice, receiptsTo } from "../payments";

// Staff record money that came another way (a bank transfer), and the client sees it.

test("staff record a bank transfer: the invoice shows it and what is left, the client gets a receipt and sees it too", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  const invoice = await createOpenInvoice(client.accountId, staff.id);
  await openAsStaff(page, staff, `/console/invoices/${invoice.id}`);
  const form = page.getByRole("form", { name: "Record a payment" });
  await expect(form.getByLabel("Amount received")).toHaveValue("1250.00");
  await form.getByLabel("Amount received").fill("2000");
  await form.getByRole("button", { name: "Record the payment" }).click();
  await expect(form.getByRole("alert")).toContainText("That is more than the £1,250.00 still due.");

  await form.getByLabel("Amount received").fill("1000");
  await form.getByLabel("Reference").fill("BACS 55120");
  await form.getByLabel("Email the receipt to").selectOption({ label: `${client.name} (${client.email})` });
  await form.getByRole("button", { name: "Record the payment" }).click();
  await expect(page.getByRole("status", { name: "Record a payment" })).toContainText(/Recorded: receipt R-\d+\./);
  const row = page.getByRole("row", { name: /Bank transfer/ });
  await expect(row).toContainText("£1,000.00");
  await expect(row).toContainText(`BACS 55120 · recorded by ${staff.name} · receipt to ${client.email}`);
  await expect(page.getByText("Paid £1,000.00 of £1,250.00.")).toBeVisible();
  expect(await sql`select amount_paid_cents, status from invoices where id = ${invoice.id}`).toEqual([
    { amount_paid_cents: 100000, status: "open" },
  ]);
  expect((await receiptsTo(client.email)).map((email) => email.subject)).toEqual([
    expect.stringMatching(new RegExp(`^Receipt R-\\d+: £1,000.00 paid on invoice ${invoice.number}$`)),
  ]);

  await sql`insert into contact_capabilities (contact_id, capability, is_allowed, set_at) values (${client.id}, 'invoices.view', true, clock_timestamp())`;
  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await clientPage.goto(`/invoices/${invoice.id}`);
  await expect(clientPage.getByText("Part paid")).toBeVisible();
  await expect(clientPage.getByRole("row", { name: /Bank transfer/ })).toContainText("£1,000.00");
  await expect(clientPage.getByRole("row", { name: /Still to pay/ })).toContainText("£250.00");
});
