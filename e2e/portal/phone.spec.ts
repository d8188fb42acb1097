import { createContact, createRecords, expect, setContactRules, signIn, test, viewCapabilities } from "../fixtures";

// The portal on a phone: a Menu button instead of a clipped tab bar, lists read as cards, and the
// business's own icon in the browser and on the home screen.

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the sections are behind Menu, and a list's rows are cards with labelled values", async ({ page }) => {
    const client = await createContact({ withPassword: true });
    await setContactRules(client.id, viewCapabilities, true);
    await createRecords(client.accountId, client.id, "phone");
    await signIn(page, client.email, client.password);
    await expect(page.getByRole("navigation", { name: "Portal" })).toHaveCount(0);

    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("dialog");
    await expect(menu.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    await menu.getByRole("link", { name: "Invoices" }).click();
    await expect(page).toHaveURL(/\/invoices$/);
    await expect(menu).toHaveCount(0);

    const row = page.getByRole("row", { name: /INV-phone/ });
    const amount = row.locator('td[data-label="Amount"]');
    expect(await amount.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Amount"');
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe("block");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test("the favicon and app icons are made from the brand, and the manifest names the portal", async ({ page, request }) => {
  await page.goto("/sign-in");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/app-icon\/32\?v=/);
  const png = await request.get(icon!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute("href")).toMatch(/^\/app-icon\/180\?v=/);

  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Brightwater Studio", display: "standalone" });
  expect(manifest.icons.map((entry: { sizes: string }) => entry.sizes)).toEqual(["192x192", "512x512"]);
  expect((await request.get("/app-icon/1000")).status()).toBe(404);
});
