import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Writing on a conversation is a public POST endpoint: replayed by a contact of another account, a
// colleague who may not see the record, nobody, or staff viewing as the client, it posts nothing;
// the client's own posts once. The staff side refuses every client.

test("a client's message, replayed by others or while viewed as, posts nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  for (const person of [client, outsider]) await setContactRules(person.id, ["projects.view"], true);
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name) values (${client.accountId}, 'Guarded project') returning id`;
  const body = `Replayed ${randomUUID().slice(0, 6)}`;
  const posted = async () => (await sql`select id from messages where body = ${body}`).length;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill(body);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Send", exact: true }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, outsider.email, outsider.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  const viewing = await viewAsContact(browser, staff, client.id);
  await replay(viewing.request);
  await viewing.goto(`/projects/${project!.id}`);
  await expect(viewing.getByRole("heading", { name: "Guarded project" })).toBeVisible();
  await expect(viewing.getByLabel("Your message")).toHaveCount(0);
  expect(await posted()).toBe(0);

  await replay(page.request);
  await replay(page.request);
  await expect.poll(posted).toBe(1);
});

test("staff replies and notes, replayed by a client, post nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'Staff side') returning id`;
  const body = `Staff only ${randomUUID().slice(0, 6)}`;
  await openAsStaff(page, staff, `/console/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Reply or note").fill(body);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Send", exact: true }).click());
  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await replay(clientPage.request);
  await replay((await browser.newContext()).request);
  expect((await sql`select id from messages where body = ${body}`).length).toBe(0);
  await replay(page.request);
  await expect.poll(async () => (await sql`select id from messages where body = ${body}`).length).toBe(1);
});

test("notifications: no session is sent to sign in; marking read touches only one's own; an altered unsubscribe link changes nothing", async ({
  page,
  browser,
  staff,
}) => {
  const anonymous = (await browser.newContext()).request;
  for (const path of ["/notifications", "/console/notifications"]) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain("/sign-in");
  }

  const client = await createContact({ withPassword: true });
  await sql`insert into notifications (user_id, account_id, kind, text, path) values (${client.id}, ${client.accountId}, 'messages', 'For the client', '/')`;
  await openAsStaff(page, staff, "/console/notifications");
  await sql`insert into notifications (user_id, kind, text, path) values (${staff.id}, 'messages', 'For staff', '/console')`;
  await page.reload();
  await page.waitForLoadState("networkidle");
  // Marking the staff member's own notification read, replayed by the client and by nobody.
  const replay = await captureAction(page, () => page.getByRole("form", { name: "Mark as read" }).getByRole("button").first().click());
  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await replay(clientPage.request);
  await replay(anonymous);
  const unread = async (userId: string) => (await sql`select id from notifications where user_id = ${userId} and read_at is null`).length;
  expect(await unread(staff.id)).toBe(1);
  expect(await unread(client.id)).toBe(1);
  await replay(page.request);
  await expect.poll(() => unread(staff.id)).toBe(0);
  expect(await unread(client.id)).toBe(1);

  const altered = await anonymous.post(`/api/unsubscribe/${staff.id}.messages.not-the-right-signature`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(altered.status()).toBe(400);
  expect(await sql`select mode from notification_preferences where user_id = ${staff.id}`).toHaveLength(0);
});
