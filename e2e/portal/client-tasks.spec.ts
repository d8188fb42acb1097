import { randomUUID } from "node:crypto";
import { createContact, emailsTo, expect, setContactRules, signIn, sql, test } from "../fixtures";

// Clients adding tasks to their projects, and the project's manager hearing about it.

test("a client adds a task with a file to a project; it is listed there and the project's manager is emailed", async ({ page, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view", "tasks.view", "tasks.create", "files.upload"], true);
  const name = `Site ${randomUUID().slice(0, 6)}`;
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id) values (${client.accountId}, ${name}, ${staff.id}) returning id`;
  const title = `Review the copy ${randomUUID().slice(0, 6)}`;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Add a task" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Description").fill("Please check the new homepage text.");
  await form
    .getByLabel(/^Attach files \(optional/)
    .setInputFiles({ name: "homepage.txt", mimeType: "text/plain", buffer: Buffer.from("Welcome!") });
  await form.getByRole("button", { name: "Add the task" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(form.getByRole("status").filter({ hasText: "Files added." })).toBeVisible();
  await expect
    .poll(async () =>
      (await sql`select f.name from files f join tasks t on t.id = f.object_id where t.title = ${title}`).map((row) => row.name),
    )
    .toEqual(["homepage.txt"]);

  const [task] = await sql`select account_id, created_by_contact_id, manager_id from tasks where title = ${title}`;
  expect(task).toMatchObject({ account_id: client.accountId, created_by_contact_id: client.id, manager_id: null });
  await expect
    .poll(async () => (await emailsTo(staff.email)).map((email) => email.subject))
    .toEqual(
      expect.arrayContaining([`${client.name} added a task: ${title}`, `${client.name} uploaded “homepage.txt” to the task “${title}”`]),
    );

  // Another, right after: a new form, a new task (the first submission's key is not reused).
  const second = `${title} (2)`;
  await form.getByLabel("Title").fill(second);
  await form.getByRole("button", { name: "Add the task" }).click();
  await expect(page.getByRole("link", { name: second })).toBeVisible();
});

test("a client without 'create tasks' sees no form on the project", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  await setContactRules(client.id, ["tasks.create"], false);
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'Read only') returning id`;
  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await expect(page.getByRole("heading", { name: "Read only" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add a task" })).toHaveCount(0);
});
