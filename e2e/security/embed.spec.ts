import type { Page } from "@playwright/test";
import { E2E_BASE_URL } from "../settings";
import { expect, sql, test } from "../fixtures";

// A page on the business's own website (served by the browser itself, at another origin). Plain
// http like the test portal: an https page posting to an http portal sends "Origin: null".
async function openBusinessSite(page: Page, origin: string) {
  await page.route(`${origin}/login.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Our site</title><form method="post" action="${E2E_BASE_URL}/api/embed/sign-in">
        <input name="Login" aria-label="Login"><input name="Pass" type="password" aria-label="Pass"><button>Sign in</button></form>`,
    }),
  );
  await page.goto(`${origin}/login.html`);
}

test("staff allow a website; its form signs a client in, and a wrong password comes back with the generic error", async ({
  staffPage: page,
  browser,
  activeContact,
}) => {
  await page.goto("/console/settings");
  await page.getByLabel("Websites allowed to use it").fill("http://www.brightwater-site.example");
  await page.getByRole("button", { name: "Save websites" }).click();
  await expect(page.getByRole("status", { name: "Embeddable sign-in form" })).toContainText("http://www.brightwater-site.example");
  await expect(page.getByLabel("HTML to paste into your site")).toContainText(`action="${E2E_BASE_URL}/api/embed/sign-in"`);

  const visitor = await (await browser.newContext()).newPage();
  await openBusinessSite(visitor, "http://www.brightwater-site.example");
  await visitor.getByLabel("Login").fill(activeContact.email);
  await visitor.getByLabel("Pass").fill("not-the-password");
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("alert", { name: "Sign-in failed" })).toContainText("did not match an account that can sign in");

  await openBusinessSite(visitor, "http://www.brightwater-site.example");
  await visitor.getByLabel("Login").fill(activeContact.email);
  await visitor.getByLabel("Pass").fill(activeContact.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
});

test("the embeddable form from a website not on the list is refused, right password or not", async ({ browser, activeContact }) => {
  await sql`update business_settings set embed_origins = array['http://www.brightwater-site.example']`;
  const visitor = await (await browser.newContext()).newPage();
  await openBusinessSite(visitor, "http://evil.example");
  await visitor.getByLabel("Login").fill(activeContact.email);
  await visitor.getByLabel("Pass").fill(activeContact.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?error=embed$/);
  await expect(visitor.getByRole("alert", { name: "Sign-in failed" })).toBeVisible();
  await visitor.goto("/");
  await expect(visitor).toHaveURL(/\/sign-in$/);
});
