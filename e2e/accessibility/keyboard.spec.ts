import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { createContact, expect, signIn, sql, test } from "../fixtures";

// Whole tasks done with the keyboard alone: Tab to move, typing, Enter and Space to act.

/** Presses Tab until the target has focus (a trap or a missing stop fails the test). */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("a client signs in with the keyboard alone", async ({ page, activeContact }) => {
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(activeContact.email);
  await tabTo(page, page.getByLabel("Password", { exact: true }));
  await page.keyboard.type(activeContact.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
});

test("staff invite a contact with the keyboard alone", async ({ page, staff }) => {
  const contact = await createContact();
  await signIn(page, staff.email, staff.password);
  await page.goto(`/console/contacts/${contact.id}`);
  await tabTo(page, page.getByLabel("Personal message (optional)"));
  await page.keyboard.type("Welcome aboard.");
  await tabTo(page, page.getByRole("button", { name: "Send invitation" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status", { name: "Invitation sent" })).toBeVisible();
  const [invitation] = await sql`select 1 from invitations where contact_id = ${contact.id}`;
  expect(invitation).toBeTruthy();
});

test("staff create an invoice with two lines with the keyboard alone, the total worked out as they type", async ({ page, staff }) => {
  const client = await createContact();
  const [account] = await sql<{ number: string }[]>`select number from accounts where id = ${client.accountId}`;
  const number = `INV-KEY-${randomUUID().slice(0, 6)}`;
  await signIn(page, staff.email, staff.password);
  await page.goto("/console/invoices/new");
  const form = page.getByRole("form", { name: "New invoice" });

  // The account is found by part of its name and chosen with Enter.
  await tabTo(page, form.getByRole("combobox", { name: "Client account" }));
  await page.keyboard.type(client.accountName.slice(-10));
  await expect(page.getByRole("option", { name: new RegExp(account!.number) })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(form.getByRole("combobox", { name: "Client account" })).toHaveValue(`${client.accountName} (${account!.number})`);
  await tabTo(page, form.getByLabel("Invoice number"));
  await page.keyboard.type(number);
  await tabTo(page, form.getByLabel("Line 1 description"));
  await page.keyboard.type("Design");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await page.keyboard.type("100");
  await tabTo(page, form.getByRole("button", { name: "Add a line" }));
  await page.keyboard.press("Enter");
  // The new line's description has the focus.
  await expect(form.getByLabel("Line 2 description")).toBeFocused();
  await page.keyboard.type("Printing");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("45.50");
  await expect(form.getByText("Total £345.50")).toBeVisible();
  await tabTo(page, form.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Invoice ${number}` })).toBeVisible();
  const [invoice] = await sql<{ total_cents: number }[]>`select total_cents from invoices where number = ${number}`;
  expect(invoice!.total_cents).toBe(34550);
});
