import { appCode, enrolInTwoFactor, expect, signIn, signOut, test } from "../fixtures";

// Two-factor for clients: staff require it for an account, its people enrol right after their
// password, then sign in with a code, and may trust a browser for 30 days. Others choose it.

test("a client of an account that requires two-factor is taken to enrolment, then signs in with a code or a trusted browser", async ({
  staffPage: page,
  browser,
  activeContact,
}) => {
  await page.goto(`/console/accounts/${activeContact.accountId}`);
  const signInSection = page.getByRole("form", { name: "Sign-in" });
  await signInSection.getByLabel("Require two-factor sign-in for this account’s people").check();
  await signInSection.getByRole("button", { name: "Save sign-in" }).click();
  await expect(page.getByRole("status", { name: "Sign-in" })).toContainText("is required here");

  const client = await (await browser.newContext()).newPage();
  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(client.getByText("Your account requires it.")).toBeVisible();
  await client.goto("/invoices");
  await expect(client).toHaveURL(/\/sign-in\/enrol$/);
  const { setupKey } = await enrolInTwoFactor(client);
  await client.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await signOut(client);

  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  await client.getByLabel("Code", { exact: true }).fill(appCode(setupKey, 1));
  await client.getByLabel("Trust this browser for 30 days (not on a shared computer)").check();
  await client.getByRole("button", { name: "Continue" }).click();
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await signOut(client);

  // This browser is trusted: the password alone signs in.
  await signIn(client, activeContact.email, activeContact.password);
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(activeContact.name) })).toContainText("On");

  // Lost phone and codes: staff reset it from the contact page, which signs the client out.
  await page.goto(`/console/contacts/${activeContact.id}`);
  await page.getByRole("button", { name: "Reset two-factor" }).click();
  await page.getByRole("button", { name: "Reset two-factor now" }).click();
  await expect(page.getByText("Two-factor sign-in reset: they are signed out everywhere")).toBeVisible();
  await client.reload();
  await expect(client).toHaveURL(/\/sign-in$/);
});

test("a client chooses two-factor from where they are signed in, and turns it off with password and code", async ({
  page,
  activeContact,
}) => {
  await signIn(page, activeContact.email, activeContact.password);
  await page.getByRole("link", { name: "Where you are signed in" }).click();
  await expect(page.getByText("Two-factor sign-in is off.")).toBeVisible();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  const { setupKey } = await enrolInTwoFactor(page);
  await page.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(page.getByText("10 of 10 recovery codes left")).toBeVisible();

  const turnOff = page.getByRole("form", { name: "Turn off two-factor sign-in" });
  await turnOff.getByLabel("Your password").fill("not-my-password");
  await turnOff.getByLabel("Code from your app, or a recovery code").fill(appCode(setupKey, 1));
  await turnOff.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByRole("alert", { name: "Turn off two-factor sign-in" })).toContainText("password is not right");
  await turnOff.getByLabel("Your password").fill(activeContact.password);
  await turnOff.getByLabel("Code from your app, or a recovery code").fill(appCode(setupKey, 1));
  await turnOff.getByRole("button", { name: "Turn off" }).click();
  // The page now says it is off, and offers to set it up again.
  await expect(page.getByRole("link", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(page.getByText("Recommended if others could learn your password.")).toBeVisible();
});
