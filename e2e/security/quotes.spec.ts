import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { createSentQuote, openQuoteAsClient } from "../quotes";
import { captureAction } from "./capture-action";

// Answering a quote is for a contact of its account with "accept quotes", signed in as themselves:
// the same request replayed by another account's contact, by one without the capability, by nobody,
// or from a view-as session changes nothing.

const answers = (quoteId: string) => sql`select decision from quote_responses where quote_id = ${quoteId}`;

test("another account's contact, one without 'accept quotes', no session and view-as cannot answer a quote", async ({
  page,
  browser,
  playwright,
  staff,
}) => {
  const { client, quote } = await openQuoteAsClient(page, staff.id);
  const form = page.getByRole("form", { name: "Your answer" });
  await form.getByRole("radio", { name: /^Accept/ }).check();
  await form.getByLabel("Type your full name to confirm").fill(client.name);
  const replay = await captureAction(page, () => form.getByRole("button", { name: "Send my answer" }).click());

  const stranger = await createContact({ withPassword: true });
  await setContactRules(stranger.id, ["quotes.view", "quotes.accept"], true);
  const reader = await createContact({ withPassword: true });
  await sql`update account_contacts set account_id = ${client.accountId} where contact_id = ${reader.id}`;
  await setContactRules(reader.id, ["quotes.view"], true);
  for (const person of [stranger, reader]) {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, person.email, person.password);
    await expect(other.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
    await replay(other.request);
  }
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  const response = await replay(anonymous);
  expect(response.status()).toBeLessThan(500);
  const viewer = await viewAsContact(browser, staff, client.id);
  await replay(viewer.request);
  expect(await answers(quote.id)).toEqual([]);

  // The client's own request goes through, once.
  await replay(page.request);
  await replay(page.request);
  expect(await answers(quote.id)).toEqual([{ decision: "accepted" }]);
});

test("another account's quote PDF answers like a missing one", async ({ page }) => {
  const owner = await createContact();
  const quote = await createSentQuote(owner.accountId, null);
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["quotes.view", "quotes.accept"], true);
  await signIn(page, client.email, client.password);
  await expect(page.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  expect((await page.request.get(`/quotes/${quote.id}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/quotes/${quote.id}`)).status()).toBe(404);
});

test("turning a quote into an invoice, replayed by a client or by nobody, makes nothing", async ({ page, browser, playwright, staff }) => {
  const client = await createContact({ withPassword: true });
  const quote = await createSentQuote(client.accountId, staff.id);
  await sql`insert into quote_responses (quote_id, version, contact_id, decision, typed_name, content, content_hash)
    values (${quote.id}, 1, ${client.id}, 'accepted', 'Casey', '{}'::jsonb, ${"c".repeat(64)})`;
  await sql`update quotes set status = 'accepted' where id = ${quote.id}`;
  await openAsStaff(page, staff, `/console/quotes/${quote.id}`);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Turn into an invoice" }).click());

  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await expect(clientPage.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await replay(clientPage.request);
  await replay(await playwright.request.newContext({ baseURL: page.url() }));
  expect(await sql`select invoice_id from quotes where id = ${quote.id}`).toEqual([{ invoice_id: null }]);
  expect(await sql`select id from invoices where account_id = ${client.accountId}`).toEqual([]);
});
