import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createContact, expect, setContactRules, signIn, sql } from "./fixtures";

// For the quote tests: a sent quote with two lines, managed by a given staff member.

export async function createSentQuote(accountId: string, managerId: string | null, options: { validUntil?: string } = {}) {
  const number = `Q-${randomUUID().slice(0, 8)}`;
  const title = `Brand refresh ${randomUUID().slice(0, 4)}`;
  const [quote] = await sql<{ id: string }[]>`
    insert into quotes (account_id, manager_id, number, title, status, issued_on, valid_until, total_cents)
    values (${accountId}, ${managerId}, ${number}, ${title}, 'sent', current_date, ${options.validUntil ?? "2099-12-31"}, 350000)
    returning id`;
  await sql`insert into quote_lines (quote_id, position, description, quantity, unit_cents)
    values (${quote!.id}, 0, 'Workshop', 1, 150000), (${quote!.id}, 1, 'Design', 4, 50000)`;
  return { id: quote!.id, number, title };
}

/** A client who may accept quotes, signed in and on the page of a new sent quote of their account. */
export async function openQuoteAsClient(page: Page, managerId: string | null, options: { validUntil?: string } = {}) {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["quotes.view", "quotes.accept"], true);
  const quote = await createSentQuote(client.accountId, managerId, options);
  await signIn(page, client.email, client.password);
  await expect(page.getByRole("heading", { name: `Hello, ${client.name}` })).toBeVisible();
  await page.goto(`/quotes/${quote.id}`);
  return { client, quote };
}
