import { addToNewAccount, expect, signIn, test } from "../fixtures";

test("a contact of two accounts picks one after sign-in and switches at any time", async ({ page, activeContact }) => {
  const second = await addToNewAccount(activeContact);
  await signIn(page, activeContact.email, activeContact.password);

  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  await page.getByRole("button", { name: second.name }).click();
  await expect(page.getByText(`You are viewing ${second.name}.`)).toBeVisible();
  await expect(page.getByLabel("Active account")).toHaveText(second.name);

  await page.getByLabel("Account", { exact: true }).selectOption({ label: activeContact.accountName });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByText(`You are viewing ${activeContact.accountName}.`)).toBeVisible();

  // The choice holds across pages and reloads.
  await page.reload();
  await expect(page.getByLabel("Active account")).toHaveText(activeContact.accountName);
});

test("a contact of one account goes straight to the portal", async ({ page, activeContact }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByText(`You are viewing ${activeContact.accountName}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Switch" })).toHaveCount(0);
});
