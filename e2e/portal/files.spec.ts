import { randomUUID } from "node:crypto";
import { createContact, emailsTo, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

// Clients upload files to records they can see: several at once, progress shown, the manager told;
// the file downloads as an attachment, named and typed by the server.

test("a client uploads two files to a project; staff see them and the manager is emailed", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view", "files.upload"], true);
  const name = `Assets ${randomUUID().slice(0, 6)}`;
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id) values (${client.accountId}, ${name}, ${staff.id}) returning id`;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Add files: drop them here, or choose").setInputFiles([
    { name: "signed-contract.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% signed") },
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Colours: navy and sand.") },
  ]);
  const uploads = page.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByText("Uploaded")).toHaveCount(2);
  const files = page.getByRole("region", { name: "Files" });
  await expect(files.getByRole("link", { name: "signed-contract.pdf" })).toBeVisible();
  await expect(files).toContainText(client.name);

  const download = page.waitForEvent("download");
  await files.getByRole("link", { name: "notes.txt" }).click();
  expect((await download).suggestedFilename()).toBe("notes.txt");

  await expect
    .poll(async () => (await emailsTo(staff.email)).map((email) => email.subject))
    .toContain(`${client.name} uploaded “signed-contract.pdf” to the project “${name}”`);
  const [stored] =
    await sql`select content_type, content, storage_key from files where name = 'signed-contract.pdf' and object_id = ${project!.id}`;
  expect(stored).toMatchObject({ content_type: "application/pdf", content: null });

  const console = await (await browser.newContext()).newPage();
  await openAsStaff(console, staff, `/console/projects/${project!.id}`);
  await expect(console.getByRole("region", { name: "Files" }).getByRole("link", { name: "notes.txt" })).toBeVisible();
});

test("a file over the limit is refused before it is sent, and a client without 'upload files' sees no drop zone", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  await setContactRules(client.id, ["files.upload"], false);
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'No uploads') returning id`;
  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await expect(page.getByRole("heading", { name: "No uploads" })).toBeVisible();
  await expect(page.getByLabel("Add files: drop them here, or choose")).toHaveCount(0);
});

test("a client's message and a new ticket bring their files, named in the message", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["tickets.view", "tickets.create", "files.upload"], true);
  await signIn(page, client.email, client.password);
  await page.goto("/tickets/new");
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "New ticket" });
  await form.getByLabel("Subject").fill("Broken invoice layout");
  await form.getByLabel("What do you need?").fill("See the screenshot.");
  await form.getByLabel(/^Attach files/).setInputFiles({ name: "layout.png", mimeType: "image/png", buffer: Buffer.from("png-ish") });
  await form.getByRole("button", { name: "Open the ticket" }).click();
  await expect(page.getByRole("heading", { name: /· Broken invoice layout$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Files" }).getByRole("link", { name: "layout.png" })).toBeVisible();
  await expect(page.getByText("Attached: layout.png")).toBeVisible();

  await page.waitForLoadState("networkidle");
  const compose = page.getByRole("form", { name: "Write on the conversation" });
  await compose.getByLabel("Your message").fill("And the PDF it printed.");
  await compose
    .getByLabel(/^Attach files/)
    .setInputFiles({ name: "printed.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await compose.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("region", { name: "Files" }).getByRole("link", { name: "printed.pdf" })).toBeVisible();
  await expect(page.getByText("Attached: printed.pdf")).toBeVisible();
});
