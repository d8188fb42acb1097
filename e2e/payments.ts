import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createContact, expect, setContactRules, signIn, sql } from "./fixtures";

// For the payment tests: an open invoice of £1,250.00, and a client who may pay it, on its page.

export async function createOpenInvoice(accountId: string, managerId: string | null) {
  const number = `INV-${randomUUID().slice(0, 8)}`;
  const [invoice] = await sql<{ id: string }[]>`
    insert into invoices (account_id, manager_id, number, status, issued_on, due_on, total_cents)
    values (${accountId}, ${managerId}, ${number}, 'open', current_date, current_date + 30, 125000)
    returning id`;
  await sql`insert into invoice_lines (invoice_id, position, description, quantity, unit_cents)
    values (${invoice!.id}, 0, 'Design sprint', 1, 125000)`;
  return { id: invoice!.id, number };
}

/** A client with "pay invoices", signed in and on the page of a new open invoice of their account. */
export async function openInvoiceAsPayer(page: Page, managerId: string | null) {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["invoices.view", "invoices.pay"], true);
  const invoice = await createOpenInvoice(client.accountId, managerId);
  await signIn(page, client.email, client.password);
  await expect(page.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await page.goto(`/invoices/${invoice.id}`);
  return { client, invoice };
}

export const receiptsTo = (address: string) =>
  sql<{ subject: string }[]>`select subject from emails where to_address = ${address} and template = 'payment-receipt'
    order by created_at`;
