import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import { createContact, expect, setContactRules, signIn, sql, test } from "../fixtures";

// The branding is one per business: these run one after the other, and the designer's test puts
// the demo look back at the end.
test.describe.configure({ mode: "serial" });

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

test("with the demo branding, the sign-in page and the portal dashboard pass an axe scan and fit a 375 px phone", async ({ browser }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["invoices.view", "projects.view"], true);
  const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await phone.newPage();
  await page.goto("/sign-in");
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await signIn(page, client.email, client.password);
  await expect(page.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("a designer changes the colours, logo and splash, sees the preview, saves; the sign-in page and portal then show them", async ({
  page,
  browser,
  staff,
}) => {
  await sql`update users set staff_role = 'designer' where id = ${staff.id}`;
  const client = await createContact({ withPassword: true });
  const logo = await sharp({ create: { width: 400, height: 120, channels: 4, background: "#7c2d12" } })
    .png()
    .toBuffer();

  await signIn(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/console\/branding$/);
  // A designer's console is the look only: clients' people and records answer as missing.
  for (const path of ["/console/contacts", "/console/accounts", "/console/invoices", "/console/settings"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const editor = page.getByRole("form", { name: "Branding" });
  await editor.getByLabel("Primary (header, buttons, links)", { exact: true }).fill("#7c2d12");
  // A text colour too pale for the page: the ratio is shown with the nearest colour that passes.
  await editor.getByLabel("Text", { exact: true }).fill("#b0b8c0");
  const contrast = editor.getByRole("list", { name: "Contrast" });
  await expect(contrast).toContainText(/Text on the page background: \d\.\d\d:1 — below the 4\.5:1 WCAG AA needs\./);
  await contrast.getByRole("button", { name: /^Use #[0-9a-f]{6}, the nearest colour that passes$/ }).click();
  await expect(contrast).toContainText(/Text on the page background: \d+\.\d\d:1 — passes WCAG AA\./);

  await editor.getByLabel("Logo", { exact: true }).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  const signInPreview = page.getByRole("figure", { name: "Sign-in page preview" });
  await expect(signInPreview.getByRole("img", { name: "Brightwater Studio" })).toBeVisible();
  await editor.getByText("Dawn", { exact: true }).click();
  await expect(signInPreview.locator("div").first()).toHaveAttribute("style", /splash\/dawn\.webp/);
  await expect(page.frameLocator('iframe[title="Invitation email preview"]').getByText("Accept invitation")).toBeVisible();
  // A renamed HTML file is refused with a reason, and the draft keeps the good logo.
  await editor
    .getByLabel("Header image", { exact: true })
    .setInputFiles({ name: "header.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await expect(editor.getByRole("alert")).toContainText("not a PNG, JPEG, WebP or SVG");

  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status", { name: "Branding" })).toContainText("Saved.");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/sign-in");
  const shownLogo = visitor.getByRole("main").getByRole("img", { name: "Brightwater Studio" });
  await expect(shownLogo).toBeVisible();
  const logoResponse = await visitor.request.get((await shownLogo.getAttribute("src"))!);
  expect(logoResponse.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // The browser tab's icon is made from the new logo: its address names it.
  const logoName = (await shownLogo.getAttribute("src"))!.split("/").pop()!;
  expect(await visitor.locator('link[rel="icon"]').first().getAttribute("href")).toContain(logoName);
  expect(await visitor.locator("main").locator("..").getAttribute("style")).toContain("splash/dawn.webp");
  expect(await visitor.evaluate(() => getComputedStyle(document.body).getPropertyValue("--color-brand").trim())).toBe("#7c2d12");

  await signIn(visitor, client.email, client.password);
  await expect(visitor.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await expect(visitor.getByRole("banner").getByRole("img", { name: "Brightwater Studio" })).toBeVisible();
  expect(await visitor.getByRole("banner").evaluate((header) => getComputedStyle(header).backgroundColor)).toBe("rgb(124, 45, 18)");

  // Back to the demo look for everyone else.
  await page.reload();
  await page.getByRole("button", { name: "Go back to the previous version" }).click();
  await page.getByRole("button", { name: "Make the previous version live" }).click();
  await expect(page.getByRole("status", { name: "Go back to the previous version" })).toContainText("The previous version is live again.");
});
