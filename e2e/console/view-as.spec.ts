import { expect, openAsStaff, test } from "../fixtures";

test("view as a contact shows their portal with a banner, offers nothing to change, and ends cleanly", async ({
  page,
  staff,
  activeContact,
}) => {
  await openAsStaff(page, staff, `/console/contacts/${activeContact.id}`);
  await page.getByRole("button", { name: "View as this contact" }).click();

  const banner = page.getByRole("region", { name: "Viewing as a contact" });
  await expect(banner).toContainText(`you are viewing the portal as ${activeContact.name}`);
  await expect(banner).toContainText("Read-only");
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await expect(page.getByText(`You are viewing ${activeContact.accountName}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Switch" })).toHaveCount(0);

  // The console still answers as the staff member meanwhile.
  await page.goto("/console/accounts");
  await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("button", { name: "End view as" }).click();
  await expect(page).toHaveURL(/\/console\/contacts$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/console$/);

  await page.goto(`/console/audit?action=view_as&person=${encodeURIComponent(activeContact.email)}`);
  await expect(
    page.getByRole("row", { name: new RegExp(`Robin Staff started viewing the portal as ${activeContact.name}`) }),
  ).toBeVisible();
  await expect(
    page.getByRole("row", { name: new RegExp(`Robin Staff stopped viewing the portal as ${activeContact.name}`) }),
  ).toBeVisible();
});
