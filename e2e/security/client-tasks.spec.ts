import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Adding a task is a public POST endpoint: replayed by a contact of another account, a colleague
// without "create tasks", nobody, or staff viewing as the client, it makes nothing; the rightful
// client's replay makes the one task.

test("adding a task, replayed by others or while viewed as, makes nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view", "tasks.create"], true);
  await setContactRules(outsider.id, ["projects.view", "tasks.create"], true);
  const [colleague] = await sql<{ id: string }[]>`
    insert into users (kind, name, email, password_hash) select 'contact', 'No Tasks Colleague', ${`no-tasks-${randomUUID()}@example.test`}, password_hash
    from users where id = ${client.id} returning id`;
  await sql`insert into account_contacts (account_id, contact_id) values (${client.accountId}, ${colleague!.id})`;
  await setContactRules(colleague!.id, ["projects.view"], true);
  await setContactRules(colleague!.id, ["tasks.create"], false);
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'Guarded') returning id`;
  const title = `Replayed ${randomUUID().slice(0, 6)}`;
  const made = async () => (await sql`select id from tasks where title = ${title}`).length;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("form", { name: "Add a task" }).getByLabel("Title").fill(title);
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Add the task" }).click());

  const asContact = async (person: { email: string; password: string }) => {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, person.email, person.password);
    return other.request;
  };
  await replay(await asContact(outsider));
  await replay(
    await asContact({ email: (await sql`select email from users where id = ${colleague!.id}`)[0]!.email, password: client.password }),
  );
  await replay((await browser.newContext()).request);
  const viewing = await viewAsContact(browser, staff, client.id);
  await replay(viewing.request);
  expect(await made()).toBe(0);

  await replay(page.request);
  await expect.poll(made).toBe(1);
});
