import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test } from "../fixtures";

// A support form filled in by a client becomes a routed, prioritised ticket.

test("a client fills in a support form; a refusal keeps the answers; the ticket is routed and prioritised", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["forms.view", "tickets.view"], true);
  const title = `Urgent help ${randomUUID().slice(0, 6)}`;
  const [form] = await sql<{ id: string }[]>`
    insert into web_forms (title, team, ticket_priority, fields)
    values (${title}, 'Platinum support', 'high', ${sql.json([
      { label: "What happened?", kind: "long_text" },
      { label: "Reply to", kind: "email" },
    ])})
    returning id`;

  await signIn(page, client.email, client.password);
  await page.goto(`/forms/${form!.id}`);
  await page.waitForLoadState("networkidle");
  const filled = page.getByRole("form", { name: title });
  // A long answer arrives whole.
  const details = `The nightly export failed. ${"Every table was empty. ".repeat(40)}`.trim();
  await filled.getByLabel("What happened?").fill(details);
  await filled.getByLabel("Reply to").fill("ops@example");
  await filled.getByRole("button", { name: "Send" }).click();
  await expect(filled.getByText("Enter an email address, like name@example.com.")).toBeVisible();
  await expect(filled.getByLabel("What happened?")).toHaveValue(details);
  await filled.getByLabel("Reply to").fill("ops@example.com");
  await filled.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`· ${title}$`) })).toBeVisible();
  const [message] = await sql`select m.body from messages m join tickets t on t.id = m.object_id where t.contact_id = ${client.id}`;
  expect(message!.body).toBe(`What happened?:\n${details}\n\nReply to:\nops@example.com`);
  const [ticket] = await sql`select priority, team from tickets where contact_id = ${client.id}`;
  expect(ticket).toMatchObject({ priority: "high", team: "Platinum support" });
});

test("a form with a choice, an optional date and a file: the file goes to the ticket it opens", async ({ page }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["forms.view", "tickets.view", "files.upload"], true);
  const title = `Bug report ${randomUUID().slice(0, 6)}`;
  const [form] = await sql<{ id: string }[]>`
    insert into web_forms (title, fields)
    values (${title}, ${sql.json([
      { label: "Where?", kind: "choice", choices: ["Web", "iOS"] },
      { label: "Since", kind: "date", isRequired: false },
      { label: "Screenshot", kind: "file" },
    ])})
    returning id`;

  await signIn(page, client.email, client.password);
  await page.goto(`/forms/${form!.id}`);
  await page.waitForLoadState("networkidle");
  const filled = page.getByRole("form", { name: title });
  await filled.getByLabel("Where?").selectOption("iOS");
  await filled
    .getByLabel(/^Screenshot/)
    .setInputFiles({ name: "crash.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
  await filled.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`· ${title}$`) })).toBeVisible();
  await expect(page.getByRole("region", { name: "Files" }).getByRole("link", { name: "crash.png" })).toBeVisible();
  await expect(page.getByText("(attached: crash.png)")).toBeVisible();
});
