import { expect, openAsStaff, test } from "../fixtures";

test("staff sign in as the test client and see the portal as a client would", async ({ page, staff }) => {
  await openAsStaff(page, staff, "/console/settings");
  await page.getByRole("button", { name: "Sign in as the test client" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Test Client" })).toBeVisible();
  await expect(page.getByText("You are viewing Test client (staff).")).toBeVisible();
  await page.goto("/console");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
