import { createInvitationLink, expect, signIn, STRONG_PASSWORD, test } from "../fixtures";

test("staff invites a contact, who sets a password, lands in the portal, signs out and back in", async ({
  page,
  browser,
  staff,
  contact,
}) => {
  await signIn(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/console$/);

  await page.getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
  await page.getByRole("searchbox").fill(contact.email);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("link", { name: contact.email }).click();
  await page.getByLabel("Personal message (optional)").fill("Your invoices are waiting for you.");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invitation sent" })).toBeVisible();

  // The captured email, as the mail worker delivered it, read in the console.
  await page.getByRole("link", { name: "Emails" }).click();
  await expect(page.getByRole("heading", { name: "Emails" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row", { name: new RegExp(contact.email) })).toContainText("Kept, not sent", { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  // The summary above uses the rows' own words.
  await expect(page.getByText(/^Emails: .*kept, not sent/)).toBeVisible();
  await expect(page.getByText(/delivered/)).toHaveCount(0);
  await page.getByRole("link", { name: contact.email }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Robin Staff invited you to Brightwater Studio`);
  const text = await page.getByTestId("email-text").innerText();
  expect(text).toContain("Your invoices are waiting for you.");
  expect(text).not.toContain(STRONG_PASSWORD);
  const link = text.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();

  // The contact, on their own device.
  const contactPage = await (await browser.newContext()).newPage();
  await contactPage.goto(link!);
  await expect(contactPage.getByRole("heading", { name: `Welcome, ${contact.name}` })).toBeVisible();
  await contactPage.getByLabel("New password").fill("password1234");
  await contactPage.getByLabel("Confirm password").fill("password1234");
  await contactPage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(contactPage.getByText(/common|guess/i)).toBeVisible();

  await contactPage.getByLabel("New password").fill(STRONG_PASSWORD);
  await contactPage.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await contactPage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(contactPage.getByRole("heading", { name: `Hello, ${contact.name}` })).toBeVisible();
  await expect(contactPage.getByText(`You are viewing ${contact.accountName}.`)).toBeVisible();
  await expect(contactPage.getByText("Welcome to your Brightwater client portal.")).toBeVisible();

  await contactPage.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(contactPage).toHaveURL(/\/sign-in$/);
  await signIn(contactPage, contact.email, STRONG_PASSWORD);
  await expect(contactPage.getByRole("heading", { name: `Hello, ${contact.name}` })).toBeVisible();

  // The same link, used again.
  await contactPage.goto(link!);
  await expect(contactPage.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
});

test("an expired invitation link says so and what to do next", async ({ page, contact }) => {
  await page.goto(await createInvitationLink(contact, { expired: true }));
  await expect(page.getByRole("heading", { name: "This invitation has expired" })).toBeVisible();
  await expect(page.getByText("Ask your contact at the business to send you a new invitation.")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
});

test("a used invitation link cannot set a password", async ({ page, contact }) => {
  await page.goto(await createInvitationLink(contact, { used: true }));
  await expect(page.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
});

test("a made-up invitation link is reported as not valid", async ({ page }) => {
  await page.goto("/invitation/this-is-not-a-real-token");
  await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
});
