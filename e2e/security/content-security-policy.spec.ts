import { expect, signIn, test } from "../fixtures";

// Every page carries a strict policy with a fresh nonce, and the app still works under it: a
// policy violation is reported on the console, so none may appear while signing in and browsing.

test("pages carry a nonce-based policy that changes per response, and refuse to be framed", async ({ request }) => {
  const response = await request.get("/sign-in");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  const first = response.headers()["content-security-policy"] ?? "";
  const second = (await request.get("/sign-in")).headers()["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "'strict-dynamic'"]) {
    expect(first).toContain(directive);
  }
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  expect(first).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
});

test("signing in and using the portal and the console raise no policy violation", async ({ page, browser, activeContact, staff }) => {
  const violations: string[] = [];
  const watch = (target: import("@playwright/test").Page) =>
    target.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  watch(page);
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await page.goto("/sessions");
  await expect(page.getByRole("heading", { name: "Where you are signed in" })).toBeVisible();

  const staffPage = await (await browser.newContext()).newPage();
  watch(staffPage);
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByRole("heading", { name: "What needs you" })).toBeVisible();
  // A client-side navigation needs the scripts to have run.
  await staffPage.getByRole("link", { name: "Contacts", exact: true }).click();
  await expect(staffPage.getByRole("heading", { name: "Contacts" })).toBeVisible();
  expect(violations).toEqual([]);
});
