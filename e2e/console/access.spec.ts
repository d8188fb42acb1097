import { expect, openAsStaff, signIn, test } from "../fixtures";

const GENERIC = "That email and password did not match an account that can sign in.";

test("an account switched to disabled keeps its people out, and a person switched on gets back in", async ({
  staffPage: page,
  browser,
  activeContact,
}) => {
  await page.goto(`/console/accounts/${activeContact.accountId}`);
  await page.getByLabel("Disabled").check();
  await page.getByRole("button", { name: "Save sign-in" }).click();
  await expect(page.getByRole("status", { name: "Sign-in" })).toContainText("Sign-in saved");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("offline");

  const client = await (await browser.newContext()).newPage();
  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("alert", { name: "Sign-in failed" })).toContainText(GENERIC);

  await page.getByLabel(`Login for ${activeContact.name} at this account`).selectOption("on");
  await page.getByRole("button", { name: "Save sign-in" }).click();
  await expect(page.getByRole("status", { name: "Sign-in" })).toContainText("Sign-in saved");

  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
});

test("revoking access ends the contact's sessions at once", async ({ page, browser, staff, activeContact }) => {
  const client = await (await browser.newContext()).newPage();
  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  await openAsStaff(page, staff, `/console/contacts/${activeContact.id}`);
  await page.getByRole("button", { name: "Revoke access" }).click();
  await page.getByRole("button", { name: "Revoke access now" }).click();
  await expect(page.getByRole("status", { name: "Revoke access" })).toContainText("sessions have ended");

  await client.reload();
  await expect(client).toHaveURL(/\/sign-in$/);
  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("alert", { name: "Sign-in failed" })).toContainText(GENERIC);
});

test("a cancelled invitation's link stops working", async ({ page, staff, contact }) => {
  await openAsStaff(page, staff, `/console/contacts/${contact.id}`);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invitation sent" })).toBeVisible();

  await page.goto("/console/emails");
  await page.getByRole("link", { name: contact.email }).first().click();
  const link = (await page.getByTestId("email-text").innerText()).match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/)![0];

  await page.goto(`/console/contacts/${contact.id}`);
  await page.getByRole("button", { name: "Cancel invitation" }).click();
  await page.getByRole("button", { name: "Cancel the invitation" }).click();
  await expect(page.getByRole("status", { name: "Cancel invitation" })).toContainText("no longer works");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This invitation was cancelled" })).toBeVisible();
});

test("the business switch and 'enable for all' state what they change before changing it", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Enable login for all existing contacts" }).click();
  await expect(page.getByText(/This switches login on for [\d,]+ contacts who are not switched on now/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Enable login for all existing contacts" })).toBeVisible();
});
