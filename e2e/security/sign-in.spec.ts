import { expect, signIn, STRONG_PASSWORD, test } from "../fixtures";

const GENERIC = "That email and password did not match an account that can sign in.";

test("a wrong password and an unknown email get the same generic error", async ({ page, activeContact }) => {
  await signIn(page, activeContact.email, "not-the-right-password");
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText(GENERIC);
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, "nobody-at-all@example.test", STRONG_PASSWORD);
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText(GENERIC);
});

test("a contact without a password yet cannot sign in, with the same error", async ({ page, contact }) => {
  await signIn(page, contact.email, STRONG_PASSWORD);
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText(GENERIC);
});

test("a client cannot open the console; staff can", async ({ page, activeContact, browser, staff }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of ["/console", "/console/contacts", "/console/emails"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }

  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByRole("heading", { name: "What needs you" })).toBeVisible();
  await staffPage.goto("/");
  await expect(staffPage).toHaveURL(/\/console$/);
});

test("without a session, the console and the portal send you to sign in", async ({ page }) => {
  for (const path of ["/console/contacts", "/"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("sign out everywhere ends the person's other sessions at once", async ({ browser, activeContact }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, activeContact.email, activeContact.password);
  await signIn(phone, activeContact.email, activeContact.password);
  await expect(phone.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  await laptop.getByRole("link", { name: "Where you are signed in" }).click();
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in$/);
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);
});
