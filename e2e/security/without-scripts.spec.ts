import { expect, test } from "../fixtures";

// Forms work before (or without) the page's scripts: a plain form post of a server action must
// carry an Origin Next.js accepts. With `Referrer-Policy: no-referrer` browsers sent `Origin: null`
// and every such post answered 500.
test.use({ javaScriptEnabled: false });

test("signing in with scripts off works, and the headers keep tokens from other sites", async ({ page, activeContact }) => {
  const response = await page.goto("/sign-in");
  expect(response!.headers()["referrer-policy"]).toBe("same-origin");
  await page.getByLabel("Email").fill(activeContact.email);
  await page.getByLabel("Password", { exact: true }).fill(activeContact.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
});
