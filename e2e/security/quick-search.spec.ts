import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, signIn, sql, STRONG_PASSWORD, strongPasswordHash, test } from "../fixtures";
import { captureAction } from "./capture-action";

// The console's quick search is a server action, so a public endpoint: replayed by a client, by a
// staff role without clients, or with no session, it finds nothing.

test("the quick search replayed by a client, a designer or nobody finds nothing", async ({ page, browser, staff }) => {
  const target = await createContact();
  await openAsStaff(page, staff, "/console");
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Search accounts, contacts and records" });
  const replay = await captureAction(page, () => input.fill(target.accountName));

  // The staff member's own replay finds the account, so the others' answers mean something.
  expect(await (await replay(page.request)).text()).toContain(target.accountName);

  const client = await createContact({ withPassword: true });
  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  const designerEmail = `designer-${randomUUID()}@example.test`;
  await sql`insert into users (kind, staff_role, name, email, password_hash) values ('staff', 'designer', 'Dana Designer', ${designerEmail}, ${await strongPasswordHash()})`;
  const designerPage = await (await browser.newContext()).newPage();
  await signIn(designerPage, designerEmail, STRONG_PASSWORD);
  const nobody = await browser.newContext();

  for (const context of [clientPage.request, designerPage.request, nobody.request]) {
    const answer = await replay(context);
    expect(answer.status()).toBeLessThan(500);
    expect(await answer.text()).not.toContain(target.accountName);
  }
});

test("the app icons answer only for the sizes they are made in", async ({ request }) => {
  for (const size of ["16", "..%2F..%2Fetc%2Fpasswd", "1e3", "-32"]) expect((await request.get(`/app-icon/${size}`)).status()).toBe(404);
  expect((await request.get("/app-icon/192")).headers()["content-type"]).toBe("image/png");
});
