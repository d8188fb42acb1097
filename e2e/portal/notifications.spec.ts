import { randomUUID } from "node:crypto";
import { createContact, emailsTo, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

// The bell, the choice per kind, and unsubscribing from an email without signing in.

test("a client chooses a digest for messages; staff unsubscribe from an email's link without signing in", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id) values (${client.accountId}, ${`Digest ${randomUUID().slice(0, 6)}`}, ${staff.id}) returning id`;

  await signIn(page, client.email, client.password);
  await page.goto("/notifications");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("About messages").selectOption("digest");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Digests go out once a day")).toBeVisible();
  expect(await sql`select mode from notification_preferences where user_id = ${client.id} and kind = 'messages'`).toEqual([
    { mode: "digest" },
  ]);

  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill("First message");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("First message")).toBeVisible();
  await expect.poll(async () => (await emailsTo(staff.email)).length).toBe(1);
  const [mail] = await emailsTo(staff.email);
  const unsubscribeUrl = (mail!.props as { unsubscribeUrl: string }).unsubscribeUrl;

  // The link in the email: opening it changes nothing; the button does, with no session.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(new URL(unsubscribeUrl).pathname);
  await expect(stranger.getByRole("heading", { name: "Stop these emails" })).toBeVisible();
  expect(await sql`select mode from notification_preferences where user_id = ${staff.id}`).toHaveLength(0);
  await stranger.waitForLoadState("networkidle");
  await stranger.getByRole("button", { name: "Stop these emails" }).click();
  await expect(stranger.getByText("Done: no more emails about messages.")).toBeVisible();

  // The staff member's bell still lists it, and their settings say "No email".
  const console = await (await browser.newContext()).newPage();
  await openAsStaff(console, staff, "/console/notifications");
  await expect(console.getByRole("link", { name: /wrote on the project/ })).toBeVisible();
  await expect(console.getByLabel("About messages")).toHaveValue("off");
});

test("one-click unsubscribe (RFC 8058): the provider's POST turns the kind off", async ({ browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id) values (${client.accountId}, 'One click', ${staff.id}) returning id`;
  const page = await (await browser.newContext()).newPage();
  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill("Hello");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect.poll(async () => (await emailsTo(staff.email)).length).toBe(1);
  const [row] = await sql<{ list_unsubscribe: string }[]>`select list_unsubscribe from emails where to_address = ${staff.email}`;
  const response = await (
    await browser.newContext()
  ).request.post(new URL(row!.list_unsubscribe).pathname, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);
  expect(await sql`select mode from notification_preferences where user_id = ${staff.id} and kind = 'messages'`).toEqual([{ mode: "off" }]);
});
