import Stripe from "stripe";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { createOpenInvoice, openInvoiceAsPayer } from "../payments";
import { E2E_PORT, E2E_STRIPE_WEBHOOK_SECRET } from "../settings";
import { captureAction } from "./capture-action";

// Paying is for a contact of the invoice's account with "pay invoices", signed in as themselves;
// the payment is counted only from a signed provider event; recording a transfer is staff work.

const attempts = (invoiceId: string) => sql`select id from payment_attempts where invoice_id = ${invoiceId}`;

test("another account's contact, one without 'pay invoices', no session and view-as cannot start a payment", async ({
  page,
  browser,
  playwright,
  staff,
}) => {
  const { client, invoice } = await openInvoiceAsPayer(page, staff.id);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Pay online" }).click());

  const stranger = await createContact({ withPassword: true });
  await setContactRules(stranger.id, ["invoices.view", "invoices.pay"], true);
  const reader = await createContact({ withPassword: true });
  await sql`update account_contacts set account_id = ${client.accountId} where contact_id = ${reader.id}`;
  await setContactRules(reader.id, ["invoices.view"], true);
  for (const person of [stranger, reader]) {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, person.email, person.password);
    await expect(other.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    expect((await replay(other.request)).status()).toBeLessThan(500);
  }
  expect((await replay(await playwright.request.newContext({ baseURL: page.url() }))).status()).toBeLessThan(500);
  const viewer = await viewAsContact(browser, staff, client.id);
  await replay(viewer.request);
  await viewer.goto(`/invoices/${invoice.id}`);
  await expect(viewer.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Pay online" })).toHaveCount(0);
  expect(await attempts(invoice.id)).toEqual([]);

  // The client's own request goes through, and a replay of it opens the same checkout.
  await replay(page.request);
  await replay(page.request);
  expect(await attempts(invoice.id)).toHaveLength(1);
});

test("another account's invoice answers like a missing one", async ({ page }) => {
  const owner = await createContact();
  const invoice = await createOpenInvoice(owner.accountId, null);
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["invoices.view", "invoices.pay"], true);
  await signIn(page, client.email, client.password);
  await expect(page.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  expect((await page.request.get(`/invoices/${invoice.id}`)).status()).toBe(404);
  expect((await page.request.get(`/invoices/${invoice.id}?payment=${invoice.id}`)).status()).toBe(404);
});

test("the webhook counts nothing unsigned, wrongly signed or replayed with a new body", async ({ playwright, staff }) => {
  const client = await createContact();
  const invoice = await createOpenInvoice(client.accountId, staff.id);
  const api = await playwright.request.newContext();
  const payload = JSON.stringify({
    id: "evt_forged",
    object: "event",
    type: "checkout.session.completed",
    data: {
      object: { id: "cs_test_forged", payment_status: "paid", amount_total: 125000, currency: "gbp", metadata: { invoice_id: invoice.id } },
    },
  });
  const url = `http://127.0.0.1:${E2E_PORT}/api/webhooks/stripe`;
  const send = (signature?: string, body = payload) =>
    api.post(url, { headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) }, data: body });
  expect((await send()).status()).toBe(400);
  expect((await send(Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_not_ours" }))).status()).toBe(400);
  const genuine = Stripe.webhooks.generateTestHeaderString({ payload, secret: E2E_STRIPE_WEBHOOK_SECRET });
  expect((await send(genuine, payload.replace("125000", "1"))).status()).toBe(400);
  // Signed rightly but for no payment started here: refused, acknowledged, logged.
  const refused = await send(genuine);
  expect(await refused.json()).toMatchObject({ received: true, outcome: "refused" });
  expect(await sql`select id from payments where invoice_id = ${invoice.id}`).toEqual([]);
  expect(await sql`select outcome from payment_events where event_id = 'evt_forged'`).toEqual([{ outcome: "refused" }]);
});

test("recording a payment, replayed by a client or by nobody, records nothing", async ({ page, browser, playwright, staff }) => {
  const client = await createContact({ withPassword: true });
  const invoice = await createOpenInvoice(client.accountId, staff.id);
  await openAsStaff(page, staff, `/console/invoices/${invoice.id}`);
  const form = page.getByRole("form", { name: "Record a payment" });
  const replay = await captureAction(page, () => form.getByRole("button", { name: "Record the payment" }).click());

  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await expect(clientPage.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await replay(clientPage.request);
  await replay(await playwright.request.newContext({ baseURL: page.url() }));
  expect(await sql`select id from payments where invoice_id = ${invoice.id}`).toEqual([]);

  await replay(page.request);
  await replay(page.request);
  expect(await sql`select amount_cents from payments where invoice_id = ${invoice.id}`).toEqual([{ amount_cents: 125000 }]);
});
