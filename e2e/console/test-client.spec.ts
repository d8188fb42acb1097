import { expect, openAsStaff, test } from "../fixtures";

test("staff sign in as the test client and see the portal as a client would; the accounts list shows it apart from customers", async ({
  page,
  browser,
  staff,
}) => {
  await openAsStaff(page, staff, "/console/settings");
  await page.getByRole("button", { name: "Sign in as the test client" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Test Client" })).toBeVisible();
  await expect(page.getByText("You are viewing Test client (staff).")).toBeVisible();
  await page.goto("/console");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const accountsPage = await (await browser.newContext()).newPage();
  await openAsStaff(accountsPage, staff, "/console/accounts?q=Test%20client");
  await expect(accountsPage.getByText("Not a customer, so not listed:")).toBeVisible();
  await expect(accountsPage.getByRole("link", { name: "Test client (staff)" })).toBeVisible();
  await expect(accountsPage.getByRole("row", { name: /Test client \(staff\)/ })).toHaveCount(0);
});
