import AxeBuilder from "@axe-core/playwright";
import { expect, openAsStaff, test } from "../fixtures";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// The console's frame: navigation grouped by what staff do, the current page marked, a skip link,
// a drawer on phones, and its own neutral look whatever the portal's brand colours are.

test("the current page is marked in the navigation, and the skip link is the first stop and goes to the content", async ({
  page,
  staff,
}) => {
  await openAsStaff(page, staff, "/console/invoices");
  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav.getByRole("list", { name: "Money" }).getByRole("link", { name: "Invoices" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Accounts" })).not.toHaveAttribute("aria-current");
  await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");

  await page.goto("/console/invoices");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  // The frame itself (sidebar, header, skip link) passes an axe scan.
  const scan = await new AxeBuilder({ page }).withTags(wcag).include("aside").include("header").include('a[href="#main"]').analyze();
  expect(scan.violations).toEqual([]);
});

test("the console's buttons keep its neutral look, not the brand colour clients see", async ({ page, staff }) => {
  await openAsStaff(page, staff, "/console/invoices/new");
  const save = page.getByRole("button", { name: /^(Create|Save)/ }).first();
  expect(await save.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe("rgb(24, 24, 27)");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the navigation is a drawer behind Menu, and nothing scrolls sideways", async ({ page, staff }) => {
    await openAsStaff(page, staff, "/console/accounts");
    await expect(page.getByRole("navigation", { name: "Console" })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.getByRole("button", { name: "Menu" }).click();
    const drawer = page.getByRole("dialog", { name: "Staff console" });
    await expect(drawer.getByRole("link", { name: "Accounts" })).toHaveAttribute("aria-current", "page");
    expect((await new AxeBuilder({ page }).withTags(wcag).include('[role="dialog"]').analyze()).violations).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(drawer).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();

    await page.getByRole("button", { name: "Menu" }).click();
    await drawer.getByRole("link", { name: "Contacts" }).click();
    await expect(page).toHaveURL(/\/console\/contacts$/);
    await expect(drawer).toHaveCount(0);
  });
});
