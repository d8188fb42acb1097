import { expect, signIn, test } from "../fixtures";

// Every console page: no session goes to sign-in; a signed-in client gets the same 404 as a
// missing page, including for records that exist; staff get in.
const pages = (contactId: string, accountId: string) => [
  "/console/accounts",
  `/console/accounts/${accountId}`,
  "/console/contacts",
  `/console/contacts/${contactId}`,
  "/console/pending",
  "/console/import",
  "/console/emails",
  "/console/audit",
  "/console/settings",
];

test("console pages refuse visitors without a session and clients, and let staff in", async ({ page, browser, staff, activeContact }) => {
  const routes = pages(activeContact.id, activeContact.accountId);
  for (const path of routes) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in$/);
  }

  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of routes) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  // A download, so asked for directly with the same cookies rather than by navigating.
  expect((await page.request.get("/console/contacts/export", { maxRedirects: 0 })).status()).toBe(404);

  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByRole("heading", { name: "Accounts" })).toBeVisible();
  for (const path of routes) {
    const response = await staffPage.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});

test("a record id that does not exist answers like one the viewer may not see", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
  for (const path of ["/console/contacts/00000000-0000-4000-8000-000000000000", "/console/accounts/not-an-id", "/console/emails/../../etc"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("the colleague page refuses a client without the capability and a visitor without a session", async ({ page, activeContact }) => {
  await page.goto("/colleagues");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  expect((await page.goto("/colleagues"))?.status()).toBe(404);
});
