import { createContact, expect, setContactRules, signIn, sql, test } from "../fixtures";

// A client opens a ticket, keeps the conversation going, closes it and opens it again.

test("a client opens a ticket, replies, closes and reopens it", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["tickets.view", "tickets.create"], true);
  await signIn(page, client.email, client.password);
  await page.goto("/tickets");
  await page.getByRole("link", { name: "New ticket" }).click();
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "New ticket" });
  await form.getByLabel("Subject").fill("The export is empty");
  await form.getByLabel("What do you need?").fill("Since Monday the CSV has no rows.");
  await form.getByRole("button", { name: "Open the ticket" }).click();
  await expect(page.getByRole("heading", { name: /· The export is empty$/ })).toBeVisible();
  await expect(page.getByText("Since Monday the CSV has no rows.")).toBeVisible();

  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill("It is the weekly export.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("It is the weekly export.")).toBeVisible();

  await page.getByRole("button", { name: "Close the ticket" }).click();
  await expect(page.getByRole("button", { name: "Reopen the ticket" })).toBeVisible();
  await expect(page.getByLabel("Your message")).toHaveCount(0);
  await page.getByRole("button", { name: "Reopen the ticket" }).click();
  await expect(page.getByLabel("Your message")).toBeVisible();
  const [ticket] = await sql`select status from tickets where contact_id = ${client.id}`;
  expect(ticket!.status).toBe("open");
});

test("a client without 'create tickets' gets no way to open one", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["tickets.view"], true);
  await setContactRules(client.id, ["tickets.create"], false);
  await signIn(page, client.email, client.password);
  await page.goto("/tickets");
  await expect(page.getByRole("heading", { name: "Support tickets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New ticket" })).toHaveCount(0);
  const response = await page.goto("/tickets/new");
  expect(response?.status()).toBe(404);
});
