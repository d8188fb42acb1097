import { emailedLink, expect, openAsStaff, signIn, test } from "../fixtures";

test("pending activation: re-send to selected, then cancel selected; the cancelled link is refused", async ({ page, staff, contact }) => {
  await openAsStaff(page, staff, `/console/pending?q=${encodeURIComponent(contact.email)}`);
  const row = page.getByRole("row", { name: new RegExp(contact.email) });
  await expect(row).toContainText("not invited");

  await page.getByLabel(`Select ${contact.email}`).check();
  await page.getByRole("button", { name: "Re-send invitation to selected" }).click();
  await expect(page.getByRole("status", { name: "Pending activation" })).toHaveText("Invitation sent to 1 person.");
  await expect(row).toContainText("Robin Staff");
  await expect(row).toContainText("invited");
  const link = await emailedLink(contact.email, "/invitation/");

  await page.getByLabel(`Select ${contact.email}`).check();
  await page.getByRole("button", { name: "Cancel invitation of selected" }).click();
  await expect(page.getByRole("status", { name: "Pending activation" })).toHaveText("Invitation cancelled for 1 person.");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This invitation was cancelled" })).toBeVisible();
});

test("the audit log shows the invitation and the failed sign-in, with who and from where", async ({ page, browser, staff, contact }) => {
  const visitor = await (await browser.newContext()).newPage();
  await signIn(visitor, contact.email, "a-wrong-guess-of-a-password");

  await openAsStaff(page, staff, `/console/contacts/${contact.id}`);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invitation sent" })).toBeVisible();

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Person (name or email)").fill(contact.email);
  await page.getByRole("button", { name: "Filter" }).click();
  // In sentences with the people and the account, and the address as people write it.
  await expect(page.getByRole("row", { name: new RegExp(`Robin Staff invited ${contact.name} to `) })).toBeVisible();
  const failed = page.getByRole("row", { name: new RegExp(`A sign-in as ${contact.name} failed`) });
  await expect(failed).toContainText(/(127\.0\.0\.1|::1) \(this server\)/);
  await expect(page.getByText("::ffff:")).toHaveCount(0);
  await expect(page.getByText(/^\{/)).toHaveCount(0);
});
