import { randomUUID } from "node:crypto";
import { emailedLink, expect, signIn, sql, STRONG_PASSWORD, test } from "../fixtures";

test("a client allowed to invite colleagues invites one, who accepts and lands in the same account", async ({
  page,
  browser,
  activeContact,
}) => {
  await sql`insert into contact_capabilities (contact_id, capability, is_allowed) values (${activeContact.id}, 'colleagues.invite', true)`;
  await signIn(page, activeContact.email, activeContact.password);
  await page.getByRole("link", { name: "Invite a colleague" }).click();
  const email = `colleague-${randomUUID()}@example.test`;
  await page.getByLabel("Colleague's name").fill("Robin Colleague");
  await page.getByLabel("Colleague's email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invite a colleague" })).toContainText(`Invitation sent to ${email}`);

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(await emailedLink(email, "/invitation/"));
  await colleague.getByLabel("New password").fill(STRONG_PASSWORD);
  await colleague.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await colleague.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(colleague.getByText(`You are viewing ${activeContact.accountName}.`)).toBeVisible();
  await expect(colleague.getByRole("link", { name: "Invite a colleague" })).toHaveCount(0);
});

test("a client without the capability finds no colleague page", async ({ page, activeContact }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await page.goto("/colleagues");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
