import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";
import { pdfText } from "../pdf-text";

test("staff create an invoice with lines and a file; the client reads it, downloads its PDF and the file", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  const [account] = await sql<{ number: string }[]>`select number from accounts where id = ${client.accountId}`;
  await setContactRules(client.id, ["invoices.view"], true);
  const number = `INV-E2E-${randomUUID().slice(0, 6)}`;

  await openAsStaff(page, staff, "/console/invoices/new");
  const form = page.getByRole("form", { name: "New invoice" });
  const accountPicker = form.getByRole("combobox", { name: "Client account" });
  await accountPicker.fill("NO-SUCH-ACCOUNT");
  await form.getByLabel("Invoice number").fill(number);
  await form.getByLabel("Status").selectOption("open");
  await form.getByLabel("Line 1 description").fill("Workshop");
  await form.getByLabel("Line 1 quantity").fill("2");
  await form.getByLabel("Line 1 unit price").fill("1,250.50");
  await expect(form.getByLabel("Line 1 amount")).toHaveText("£2,501.00");
  await form.getByRole("button", { name: "Add a line" }).click();
  await form.getByLabel("Line 2 description").fill("Travel");
  await form.getByLabel("Line 2 quantity").fill("one");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Enter each line's quantity as a whole number.")).toBeVisible();
  await form.getByLabel("Line 2 quantity").fill("1");
  await form.getByLabel("Line 2 unit price").fill("80");
  await expect(form.getByText("Total £2,581.00")).toBeVisible();
  // Tax on the travel line only: the total is what the client pays.
  await form.getByLabel("Line 2 tax %").fill("20");
  await expect(form.getByText("Subtotal £2,581.00 · Tax £16.00")).toBeVisible();
  await expect(form.getByText("Total £2,597.00")).toBeVisible();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("No client account has the number “NO-SUCH-ACCOUNT”.", { exact: false })).toBeVisible();
  expect((await sql`select id from invoices where number = ${number}`).length).toBe(0);

  // Part of the account's name finds it; choosing it sends its number.
  await accountPicker.fill(client.accountName.slice(-10));
  await page.getByRole("option", { name: new RegExp(account!.number) }).click();
  await expect(accountPicker).toHaveValue(`${client.accountName} (${account!.number})`);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${number}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page
    .getByLabel("Add files: drop them here, or choose")
    .setInputFiles({ name: "terms.txt", mimeType: "text/plain", buffer: Buffer.from("Payment within 30 days.") });
  await expect(page.getByRole("list", { name: "Uploads" })).toContainText("Uploaded");
  await expect(page.getByRole("region", { name: "Files" }).getByRole("link", { name: "terms.txt" })).toBeVisible();

  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, client.email, client.password);
  await portal.goto("/invoices");
  await portal.getByRole("link", { name: number }).click();
  await expect(portal.getByRole("heading", { name: `Invoice ${number}` })).toBeVisible();
  await expect(portal.getByRole("row", { name: /Workshop/ })).toContainText("£2,501.00");
  await expect(portal.getByRole("row", { name: /Travel/ })).toContainText("20%");
  await expect(portal.getByRole("row", { name: "Subtotal" })).toContainText("£2,581.00");
  await expect(portal.getByRole("row", { name: /^Tax / })).toContainText("£16.00");
  await expect(portal.getByRole("row", { name: /^Total / })).toContainText("£2,597.00");
  // Downloads, fetched with the client's own cookies.
  const pdf = await portal.request.get((await portal.getByRole("link", { name: "Download PDF" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-disposition"]).toContain(`invoice-${number}.pdf`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdfText(await pdf.body())).toMatch(/Subtotal\n£2,581\.00\nTax\n£16\.00\nTotal\n£2,597\.00/);
  const file = await portal.request.get((await portal.getByRole("link", { name: "terms.txt" }).getAttribute("href"))!);
  expect(await file.text()).toBe("Payment within 30 days.");
});

test("a task added from a project's page belongs to that project", async ({ page, staff, contact }) => {
  const name = `Site ${randomUUID().slice(0, 6)}`;
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${contact.accountId}, ${name}) returning id`;
  const title = `Review ${randomUUID().slice(0, 6)}`;

  await openAsStaff(page, staff, `/console/projects/${project!.id}`);
  await page.getByRole("link", { name: "Add a task to this project" }).click();
  await expect(page.getByRole("heading", { name: `New task on ${name}` })).toBeVisible();
  const form = page.getByRole("form", { name: "New task" });
  await expect(form.getByRole("combobox", { name: "Client account" })).toHaveCount(0);
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(`· project ${name}`)).toBeVisible();
  const [task] = await sql`select project_id from tasks where title = ${title}`;
  expect(task!.project_id).toBe(project!.id);
});
