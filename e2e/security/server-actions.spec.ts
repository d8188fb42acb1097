import { randomUUID } from "node:crypto";
import { captureAction } from "./capture-action";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

// A server action is a public POST endpoint. Capture a real one (stopping it before it runs), then
// replay the very same request from other sessions: each must be refused, and only the rightful
// session's replay does the work.

test("inviting a colleague, replayed with another contact's session or none, is refused", async ({ page, browser }) => {
  const inviter = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  await setContactRules(inviter.id, ["colleagues.invite"], true);
  await setContactRules(outsider.id, ["colleagues.invite"], false);
  await signIn(page, inviter.email, inviter.password);
  await page.goto("/colleagues");
  const email = `replayed-${randomUUID()}@example.test`;
  await page.getByLabel("Colleague's name").fill("Replayed Colleague");
  await page.getByLabel("Colleague's email").fill(email);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Send invitation" }).click());
  const created = async () => (await sql`select id from users where email = ${email}`).length;

  const outsiderPage = await (await browser.newContext()).newPage();
  await signIn(outsiderPage, outsider.email, outsider.password);
  await expect(outsiderPage.getByRole("heading", { name: `Hello, ${outsider.name}` })).toBeVisible();
  await replay(outsiderPage.request);
  const anonymous = await browser.newContext();
  await replay(anonymous.request);
  expect(await created()).toBe(0);

  // Even allowed to invite at their own account, the outsider's replay cannot add anyone to the inviter's.
  await setContactRules(outsider.id, ["colleagues.invite"], true);
  await replay(outsiderPage.request);
  const [joined] = await sql<
    { account_id: string }[]
  >`select ac.account_id from users u join account_contacts ac on ac.contact_id = u.id where u.email = ${email}`;
  expect(joined?.account_id).not.toBe(inviter.accountId);
  await sql`delete from users where email = ${email}`;

  await replay(page.request);
  await expect.poll(created).toBe(1);
});

test("a staff action replayed with a client's session changes nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'Before') returning id`;
  await openAsStaff(page, staff, `/console/projects/${project!.id}`);
  await page.getByLabel("Name", { exact: true }).fill("After");
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Save", exact: true }).click());
  const name = async () => (await sql<{ name: string }[]>`select name from projects where id = ${project!.id}`)[0]!.name;

  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await expect(clientPage.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await replay(clientPage.request);
  await replay((await browser.newContext()).request);
  expect(await name()).toBe("Before");

  await replay(page.request);
  await expect.poll(name).toBe("After");
});
