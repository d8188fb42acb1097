import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

// The record lists a client and staff work from: the right rows and columns, a filter that narrows
// them, and a search.

test("a client's invoice list shows what is still to pay, filters by state and searches by number", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["invoices.view"], true);
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const [late, settled] = [`LATE-${tag}`, `PAID-${tag}`];
  await sql`insert into invoices (account_id, number, status, issued_on, due_on, total_cents, amount_paid_cents) values
    (${client.accountId}, ${late}, 'open', current_date - 40, current_date - 10, 120000, 20000),
    (${client.accountId}, ${settled}, 'paid', current_date - 60, current_date - 30, 5000, 5000)`;

  await signIn(page, client.email, client.password);
  await page.goto("/invoices");
  const lateRow = page.getByRole("row", { name: new RegExp(late) });
  await expect(lateRow).toContainText("£1,000.00");
  await expect(lateRow).toContainText("Overdue");
  await expect(page.getByRole("row", { name: new RegExp(settled) })).toContainText("Paid");

  await page.getByLabel("Show").selectOption({ label: "Paid" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(settled) })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(late) })).toHaveCount(0);

  await page.goto(`/invoices?q=${late}`);
  await expect(page.getByRole("row", { name: new RegExp(late) })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(settled) })).toHaveCount(0);
  await page.getByRole("link", { name: late }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${late}` })).toBeVisible();

  const console = await (await browser.newContext()).newPage();
  await openAsStaff(console, staff, `/console/invoices?q=${late}`);
  const staffRow = console.getByRole("row", { name: new RegExp(late) });
  await expect(staffRow).toContainText(client.accountName);
  await expect(staffRow).toContainText("£1,200.00");
  await expect(console.getByRole("link", { name: "New invoice" })).toHaveAttribute("href", "/console/invoices/new");
});
