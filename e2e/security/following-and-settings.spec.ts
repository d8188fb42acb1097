import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Following a record (staff) and notification settings (anyone signed in) are public POST
// endpoints too: replayed by a client, by nobody or while viewed as, they change nothing.

test("following a record, replayed by a client or by nobody, follows nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'To follow') returning id`;
  const following = async () => (await sql`select user_id from followers where object_id = ${project!.id}`).map((row) => row.user_id);

  await openAsStaff(page, staff, `/console/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Follow", exact: true }).click());
  const clientPage = await (await browser.newContext()).newPage();
  await signIn(clientPage, client.email, client.password);
  await replay(clientPage.request);
  await replay((await browser.newContext()).request);
  expect(await following()).toEqual([]);
  await replay(page.request);
  await expect.poll(following).toEqual([staff.id]);
});

test("notification settings, replayed by nobody or while viewed as, change nothing; the person's own save does", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  await signIn(page, client.email, client.password);
  await page.goto("/notifications");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("About files").selectOption("off");
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Save" }).click());
  const modes = async () => sql`select kind, mode from notification_preferences where user_id = ${client.id} and kind = 'files'`;

  await replay((await browser.newContext()).request);
  await replay((await viewAsContact(browser, staff, client.id)).request);
  expect(await modes()).toEqual([]);
  await replay(page.request);
  await expect.poll(modes).toEqual([{ kind: "files", mode: "off" }]);
});
