import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// A client's reply on a ticket is a public POST endpoint: replayed by a contact of another
// account, by nobody, or by staff viewing as the client, it posts nothing; the client's own does.

test("replying on a ticket, replayed by others or while viewed as, posts nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  for (const person of [client, outsider]) await setContactRules(person.id, ["tickets.view", "tickets.create"], true);
  const [ticket] = await sql<{ id: string }[]>`
    insert into tickets (account_id, contact_id, subject) values (${client.accountId}, ${client.id}, 'Guarded ticket') returning id`;
  const body = `Replayed ${randomUUID().slice(0, 6)}`;
  const posted = async () => (await sql`select id from messages where body = ${body}`).length;

  await signIn(page, client.email, client.password);
  await page.goto(`/tickets/${ticket!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill(body);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Send", exact: true }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, outsider.email, outsider.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  const viewing = await viewAsContact(browser, staff, client.id);
  await replay(viewing.request);
  // Viewing as the client shows the conversation, with nothing to post.
  await viewing.goto(`/tickets/${ticket!.id}`);
  await expect(viewing.getByRole("heading", { name: /Guarded ticket/ })).toBeVisible();
  await expect(viewing.getByLabel("Your message")).toHaveCount(0);
  expect(await posted()).toBe(0);

  await replay(page.request);
  await expect.poll(posted).toBe(1);
});

test("the new-ticket page sends a visitor without a session to sign in", async ({ browser }) => {
  const response = await (await browser.newContext()).request.get("/tickets/new", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/sign-in");
});
