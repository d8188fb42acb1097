import { E2E_STRIPE_URL } from "../settings";
import { expect, setContactRules, sql, test } from "../fixtures";
import { openInvoiceAsPayer, receiptsTo } from "../payments";

// Paying an invoice online: on the provider's checkout page (the Stripe stand-in), back to an
// invoice that says what happened, and a receipt by email.

// The demo business takes part payments (Settings), so the client may pay less than is due.
test("a client pays part of an invoice, then the rest, on the checkout page; it is paid and each payment has its receipt email", async ({
  page,
  staff,
}) => {
  const { client, invoice } = await openInvoiceAsPayer(page, staff.id);
  const form = page.getByRole("form", { name: "Pay online" });
  await expect(form.getByLabel("Amount to pay")).toHaveValue("1250.00");
  await form.getByLabel("Amount to pay").fill("1300");
  await form.getByRole("button", { name: "Pay online" }).click();
  await expect(form.getByRole("alert")).toHaveText("That is more than the £1,250.00 still to pay.");
  await form.getByLabel("Amount to pay").fill("250");
  await form.getByRole("button", { name: "Pay online" }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_STRIPE_URL}/pay/cs_test_`));
  await expect(page.getByText(`Invoice ${invoice.number}`)).toBeVisible();
  await page.getByRole("button", { name: "Pay £250.00", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/invoices/${invoice.id}\\?payment=`));
  const notice = page.getByRole("status", { name: "Payment" });
  await expect(notice).toContainText("Paid £250.00: thank you. Receipt R-");
  await expect(notice).toContainText(`was emailed to ${client.email}`);
  await expect(page.getByText("Part paid")).toBeVisible();
  await expect(page.getByRole("row", { name: /Still to pay/ })).toContainText("£1,000.00");

  await expect(form.getByLabel("Amount to pay")).toHaveValue("1000.00");
  await form.getByRole("button", { name: "Pay online" }).click();
  await page.getByRole("button", { name: "Pay £1,000.00", exact: true }).click();
  await expect(notice).toContainText("Paid £1,000.00: thank you.");
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Card \(online\)/ })).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Pay online" })).toHaveCount(0);

  const receipts = (await receiptsTo(client.email)).map((email) => email.subject);
  expect(receipts).toEqual([
    expect.stringMatching(new RegExp(`^Receipt R-\\d+: £250.00 paid on invoice ${invoice.number}$`)),
    expect.stringMatching(new RegExp(`^Receipt R-\\d+: £1,000.00 paid on invoice ${invoice.number}$`)),
  ]);
  const told = await sql<{ text: string }[]>`select text from notifications where user_id = ${staff.id} and kind = 'payments'
    and text like ${`%${invoice.number}%`} order by created_at`;
  expect(told.map((notice) => notice.text)).toEqual([
    `£250.00 received for invoice ${invoice.number}`,
    `£1,000.00 received for invoice ${invoice.number}, now paid in full`,
  ]);
});

test("back before the provider confirms, the page says it is confirming, then shows it paid by itself", async ({ page, staff }) => {
  const { invoice } = await openInvoiceAsPayer(page, staff.id);
  await page.getByRole("button", { name: "Pay online" }).click();
  await page.getByRole("button", { name: "Pay with a card that is declined" }).click();
  await expect(page.getByRole("alert")).toHaveText("Your card was declined. Try another card.");
  await page.getByRole("button", { name: "Pay £1,250.00 (bank confirms later)" }).click();

  const notice = page.getByRole("status", { name: "Payment" });
  await expect(notice).toContainText("is being confirmed with the provider");
  await expect(page.getByRole("button", { name: "Pay online" })).toHaveCount(0);
  const [attempt] = await sql<{ ref: string }[]>`select provider_ref as ref from payment_attempts where invoice_id = ${invoice.id}`;
  const released = await page.request.post(`${E2E_STRIPE_URL}/_stand-in/deliver-held`, { form: { session: attempt!.ref } });
  expect(released.status()).toBe(200);
  await expect(notice).toContainText("Paid £1,250.00: thank you.");
  expect(await sql`select amount_paid_cents, status from invoices where id = ${invoice.id}`).toEqual([
    { amount_paid_cents: 125000, status: "paid" },
  ]);
});

test("leaving the checkout page takes nothing; a client who may not pay sees how to pay by bank transfer", async ({ page, staff }) => {
  const { client, invoice } = await openInvoiceAsPayer(page, staff.id);
  await page.getByRole("button", { name: "Pay online" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("status", { name: "Payment" })).toContainText("You left the payment page, and nothing was taken.");
  await expect(page.getByRole("button", { name: "Pay online" })).toBeVisible();
  expect(await sql`select id from payments where invoice_id = ${invoice.id}`).toEqual([]);

  await sql`update business_settings set bank_transfer_instructions = ${"Northwind Design Ltd\nSort code 12-34-56\nAccount 12345678"}`;
  await setContactRules(client.id, ["invoices.pay"], false);
  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByRole("heading", { name: "Pay by bank transfer" })).toBeVisible();
  await expect(page.getByText("Sort code 12-34-56")).toBeVisible();
  await expect(page.getByText(`give ${invoice.number} as the reference`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay online" })).toHaveCount(0);
});
