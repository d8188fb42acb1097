import { randomUUID } from "node:crypto";
import { recordKindList, recordKinds } from "../../lib/record-kinds";
import { createRecords, expect, signIn, test } from "../fixtures";

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
  "/console/files",
  ...[...recordKindList.map((kind) => recordKinds[kind].folder), "knowledge", "forms"].flatMap((folder) => [
    `/console/${folder}`,
    `/console/${folder}/new`,
  ]),
];

const recordPages = (ids: Awaited<ReturnType<typeof createRecords>>) => [
  ...recordKindList.map((kind) => `/console/${recordKinds[kind].folder}/${ids[kind]}`),
  `/console/knowledge/${ids.article}`,
  `/console/forms/${ids.form}`,
];

test("console pages refuse visitors without a session and clients, and let staff in", async ({ page, browser, staff, activeContact }) => {
  const ids = await createRecords(activeContact.accountId, activeContact.id, `console-${randomUUID().slice(0, 8)}`);
  const routes = [...pages(activeContact.id, activeContact.accountId), ...recordPages(ids)];
  // Asked for as requests with each person's cookies: the status is the answer, and 50 pages stay quick.
  for (const path of routes) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/\/sign-in$/);
  }

  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of routes) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  // A download, so asked for directly with the same cookies rather than by navigating.
  for (const download of ["/console/contacts/export", `/console/files/${ids.file}`]) {
    expect((await page.request.get(download, { maxRedirects: 0 })).status(), download).toBe(404);
  }

  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByRole("heading", { name: "What needs you" })).toBeVisible();
  for (const path of routes) {
    expect((await staffPage.request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test("a record id that does not exist answers like one the viewer may not see", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  for (const path of [
    "/console/contacts/00000000-0000-4000-8000-000000000000",
    "/console/accounts/not-an-id",
    "/console/projects/not-an-id",
    "/console/emails/../../etc",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a portal record address that is not an id answers 404, not an error", async ({ page, activeContact }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of ["/projects/not-an-id", "/tickets/not-an-id", "/tasks/../x"]) {
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
