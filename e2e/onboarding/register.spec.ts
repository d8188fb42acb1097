import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, sql, test } from "../fixtures";

const NEW_PASSWORD = "meadow-lantern-quartz-58";

async function register(page: Page, email: string, invoiceNumber: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Register" })).toBeVisible();
  await page.getByLabel("Your name").fill("Alex Morgan");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Account number").fill("A-1001");
  await page.getByLabel("Billing postcode").fill("bs1 4dj");
  await page.getByLabel("Number of a recent invoice").fill(invoiceNumber);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("status", { name: "Check your email" })).toContainText(`We have sent a link to ${email}`);
}

// The link of the nth confirmation email to this address (emails are queued after the response).
async function confirmationLink(email: string, nth: number) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await sql<
      { props: { link: string } }[]
    >`select props from emails where to_address = ${email} and template = 'registration-confirm' order by created_at`;
    if (rows.length >= nth) return new URL(rows[nth - 1]!.props.link).pathname;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("no confirmation email");
}

test("registering against an existing account: a wrong invoice number is refused, the right one joins and signs in", async ({ page }) => {
  const email = `alex-${randomUUID()}@example.test`;
  await register(page, email, "INV-0000-0000");
  await page.goto(await confirmationLink(email, 1));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("alert", { name: "No matching account" })).toContainText("do not match an account together");
  expect(await sql`select 1 from users where email = ${email}`).toHaveLength(0);

  await register(page, email, "INV-2026-0142");
  await page.goto(await confirmationLink(email, 2));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("heading", { name: "Choose a password" })).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByLabel("Confirm password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByText("You are viewing Harbour Logistics.")).toBeVisible();
  expect(await sql`select 1 from accounts where number = 'A-1001'`).toHaveLength(1);
});
