import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Opening a ticket is a public POST endpoint: replayed by a contact who may not open tickets, by
// nobody, or by staff viewing as the client, it opens nothing; the client's own replay opens one,
// once. (Replies are the conversation's: e2e/security/conversations.spec.ts.)

test("opening a ticket, replayed by others or while viewed as, opens nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const reader = await createContact({ withPassword: true });
  await setContactRules(client.id, ["tickets.view", "tickets.create"], true);
  await setContactRules(reader.id, ["tickets.view"], true);
  await setContactRules(reader.id, ["tickets.create"], false);
  const subject = `Replayed ${randomUUID().slice(0, 6)}`;
  const opened = async () => (await sql`select id from tickets where subject = ${subject}`).length;

  await signIn(page, client.email, client.password);
  await page.goto("/tickets/new");
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "New ticket" });
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("What do you need?").fill("Please help.");
  const replay = await captureAction(page, () => form.getByRole("button", { name: "Open the ticket" }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, reader.email, reader.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  await replay((await viewAsContact(browser, staff, client.id)).request);
  expect(await opened()).toBe(0);

  await replay(page.request);
  await replay(page.request);
  await expect.poll(opened).toBe(1);
});

test("the new-ticket page sends a visitor without a session to sign in", async ({ browser }) => {
  const response = await (await browser.newContext()).request.get("/tickets/new", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/sign-in");
});
