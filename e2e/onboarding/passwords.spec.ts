import { emailedLink, emailsTo, expect, signIn, STRONG_PASSWORD, test } from "../fixtures";

const NEW_PASSWORD = "juniper-orbit-cascade-204";

test("a contact with no password yet who tries to sign in is emailed a link, and the answer reveals nothing", async ({ page, contact }) => {
  await signIn(page, contact.email, "");
  const answer = page.getByRole("alert", { name: "Sign-in failed" });
  await expect(answer).toContainText("If you have not chosen a password yet, we have emailed you a link to choose one.");
  const forContact = await answer.innerText();

  await signIn(page, "nobody-knows-me@example.test", "");
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toHaveText(forContact);

  await page.goto(await emailedLink(contact.email, "/reset-password/"));
  await expect(page.getByRole("heading", { name: "Choose a password" })).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByLabel("Confirm password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${contact.name}` })).toBeVisible();
  expect((await emailsTo(contact.email))[0]).toMatchObject({ subject: "Choose your password for Brightwater Studio" });
});

test("forgot password: the same answer for any address, a link that works once, the old password gone", async ({ page, activeContact }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot password" })).toBeVisible();
  await page.getByRole("textbox", { name: "Email" }).fill(activeContact.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status", { name: "Check your email" })).toHaveText(
    `If ${activeContact.email} can sign in, we have sent it a link to choose a new password. The link works for 2 hours.`,
  );

  const link = await emailedLink(activeContact.email, "/reset-password/");
  await page.goto(link);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByLabel("Confirm password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has already been used" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, activeContact.email, STRONG_PASSWORD);
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toBeVisible();
  await signIn(page, activeContact.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
});

test("forgot username: the answer is the same for a stranger, the email names the username", async ({ page, activeContact }) => {
  await page.goto("/forgot-username");
  await page.getByRole("textbox", { name: "Email" }).fill("stranger@example.test");
  await page.getByRole("button", { name: "Email me my username" }).click();
  await expect(page.getByRole("status", { name: "Check your email" })).toHaveText(
    "If stranger@example.test can sign in, we have sent it a reminder of its username.",
  );

  await page.getByRole("textbox", { name: "Email" }).fill(activeContact.email);
  await page.getByRole("button", { name: "Email me my username" }).click();
  await expect(page.getByRole("status", { name: "Check your email" })).toHaveText(
    `If ${activeContact.email} can sign in, we have sent it a reminder of its username.`,
  );
  await expect.poll(async () => (await emailsTo(activeContact.email)).map((email) => email.template)).toContain("username-reminder");
  expect(await emailsTo("stranger@example.test")).toEqual([]);
});
