import { emailedLink, expect, openAsStaff, sql, STRONG_PASSWORD, test } from "../fixtures";

test("bulk: grant access and invite for a ticked account, then the contact accepts", async ({ page, browser, staff, contact }) => {
  await sql`update accounts set portal_access = 'disabled' where id = ${contact.accountId}`;
  await openAsStaff(page, staff, `/console/accounts?q=${encodeURIComponent(contact.accountName)}`);
  await expect(page.getByRole("row", { name: new RegExp(contact.accountName) })).toContainText("offline");

  await page.getByLabel(`Select ${contact.accountName}`).check();
  await page.getByLabel("Also invite their people who have no password yet").check();
  await page.getByLabel("Personal message for the invitations (optional)").fill("Everything for your project is in one place now.");
  await page.getByRole("button", { name: "Grant access" }).click();
  await expect(page.getByRole("status", { name: "Grant portal access" })).toHaveText(
    "Portal access granted at 1 account; 1 invitations queued (follow them under Emails).",
  );
  await expect(page.getByRole("row", { name: new RegExp(contact.accountName) })).toContainText("active");

  const client = await (await browser.newContext()).newPage();
  await client.goto(await emailedLink(contact.email, "/invitation/"));
  await client.getByLabel("New password").fill(STRONG_PASSWORD);
  await client.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await client.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(client.getByRole("heading", { name: `Hello, ${contact.name}` })).toBeVisible();
});

test("bulk: 'all matching' acts on the filter, not on what is ticked", async ({ page, staff, contact }) => {
  await sql`update accounts set portal_access = 'disabled' where id = ${contact.accountId}`;
  await openAsStaff(page, staff, `/console/accounts?q=${encodeURIComponent(contact.accountName)}`);
  await page.getByLabel(/All 1 accounts matching these filters/).check();
  await page.getByRole("button", { name: "Grant access" }).click();
  await expect(page.getByRole("status", { name: "Grant portal access" })).toHaveText("Portal access granted at 1 account.");
});
