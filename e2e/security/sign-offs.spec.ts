import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { createContact, createRecords, expect, setContactRules, signIn, sql, test } from "../fixtures";
import { createSentSignOff } from "../sign-offs";

// A sign-off link opens one sign-off for one person and nothing else; a GET on it starts nothing;
// nobody else (another account's contact, no session) opens a sign-off; an approved round's files
// cannot be replaced.

/** A fresh browser that pressed the link page's button. */
async function openedBy(browser: Browser, link: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Open the sign-off" }).click();
  await expect(page).toHaveURL(/\/sign-offs\/[0-9a-f-]{36}$/);
  return page;
}

test("the link's session opens its own sign-off only: invoices, projects and another sign-off answer as missing", async ({ browser }) => {
  const client = await createContact();
  await setContactRules(client.id, ["invoices.view", "projects.view"], true);
  const records = await createRecords(client.accountId, client.id, `scoped-${randomUUID().slice(0, 6)}`);
  const mine = await createSentSignOff(client.accountId, [client.id]);
  const other = await createSentSignOff(client.accountId, [client.id]);

  const page = await openedBy(browser, mine.links[client.id]!);
  await expect(page.getByRole("heading", { name: mine.subject })).toBeVisible();
  for (const path of [`/invoices/${records.invoice}`, "/invoices", `/projects/${records.project}`, "/", `/sign-offs/${other.id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText(mine.subject)).toHaveCount(0);
  }
  // Sign-off A's session with sign-off B's id, through its file route too.
  const [otherFile] = await sql<{ id: string }[]>`
    select f.id from sign_off_files f join sign_off_rounds r on r.id = f.round_id where r.sign_off_id = ${other.id}`;
  expect((await page.request.get(`/sign-offs/${other.id}/files/${otherFile!.id}`)).status()).toBe(404);
  expect((await page.request.get(`/sign-offs/${other.id}/certificate`)).status()).toBe(404);
  await page.goto(`/sign-offs/${mine.id}`);
  await expect(page.getByRole("heading", { name: mine.subject })).toBeVisible();
});

test("a GET on the link consumes and starts nothing", async ({ page }) => {
  const client = await createContact();
  const signOff = await createSentSignOff(client.accountId, [client.id]);
  for (let visit = 0; visit < 3; visit++) {
    await page.goto(signOff.links[client.id]!);
    await expect(page.getByRole("button", { name: "Open the sign-off" })).toBeVisible();
  }
  const sessions =
    await sql`select s.id from sign_off_sessions s join sign_off_recipients r on r.id = s.recipient_id where r.sign_off_id = ${signOff.id}`;
  expect(sessions).toHaveLength(0);
  const [recipient] = await sql<{ opened_at: Date | null }[]>`select opened_at from sign_off_recipients where sign_off_id = ${signOff.id}`;
  expect(recipient!.opened_at).toBeNull();
  const response = await page.goto(`/sign-offs/${signOff.id}`, { waitUntil: "commit" });
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  expect(response?.ok()).toBe(true);
});

test("another account's contact, someone not asked, and no session cannot open a sign-off", async ({ page, browser }) => {
  const client = await createContact();
  const signOff = await createSentSignOff(client.accountId, [client.id]);
  const outsider = await createContact({ withPassword: true });
  await signIn(page, outsider.email, outsider.password);
  expect((await page.goto(`/sign-offs/${signOff.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/sign-offs/${signOff.id}/certificate`)).status()).toBe(404);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/sign-offs/${signOff.id}`);
  await expect(anonymous).toHaveURL(/\/sign-in$/);
  expect((await anonymous.request.get(`/sign-offs/${signOff.id}/files/${randomUUID()}`)).status()).toBe(404);
});

test("an approved round's files cannot be replaced or taken out by a staff action", async ({ staffPage: page, baseURL }) => {
  const client = await createContact();
  const signOff = await createSentSignOff(client.accountId, [client.id]);
  const [recipient] = await sql<{ id: string }[]>`select id from sign_off_recipients where sign_off_id = ${signOff.id}`;
  await sql`insert into sign_off_responses (round_id, recipient_id, decision, typed_name) values (${signOff.roundId}, ${recipient!.id}, 'approved', 'Casey')`;
  await sql`update sign_offs set state = 'complete', completed_at = now() where id = ${signOff.id}`;
  const before = await sql`select id, sha256, storage_key from sign_off_files where round_id = ${signOff.roundId}`;

  const upload = await page.request.post("/api/files", {
    headers: {
      origin: new URL(baseURL!).origin,
      "x-upload": "1",
      "x-upload-from": "console",
      "x-record-type": "sign_off",
      "x-record-id": signOff.id,
      "x-file-name": "brochure.pdf",
      "x-request-key": randomUUID(),
      "content-type": "application/octet-stream",
    },
    data: Buffer.from("%PDF-1.4 replaced"),
  });
  expect(upload.status()).toBe(404);
  await page.goto(`/console/sign-offs/${signOff.id}`);
  await expect(page.getByRole("heading", { name: signOff.subject })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take out of this round" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start a new round" })).toHaveCount(0);
  await expect(page.getByLabel("Add files: drop them here, or choose")).toHaveCount(0);
  expect(await sql`select id, sha256, storage_key from sign_off_files where round_id = ${signOff.roundId}`).toEqual(before);
  await expect(sql`update sign_off_files set sha256 = ${"b".repeat(64)} where round_id = ${signOff.roundId}`).rejects.toThrow(
    /cannot be changed/,
  );
});
