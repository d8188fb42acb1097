import { createContact, expect, openAsStaff, sql, test } from "../fixtures";
import { createSentQuote } from "../quotes";

// Staff see a client's answer to a quote with what proves it, send a revision after changes were
// asked for, and turn an accepted quote into an invoice in one step.

async function answered(quoteId: string, contactId: string, decision: "accepted" | "changes_requested") {
  await sql`insert into quote_responses (quote_id, version, contact_id, decision, comment, typed_name, ip, user_agent, content, content_hash)
    values (${quoteId}, 1, ${contactId}, ${decision}, ${decision === "accepted" ? "" : "One design day fewer"}, 'Casey Client',
      '203.0.113.5', 'Test browser', '{}'::jsonb, ${"b".repeat(64)})`;
  await sql`update quotes set status = ${decision} where id = ${quoteId}`;
}

test("an accepted quote shows who accepted it and becomes a draft invoice with its lines", async ({ page, staff }) => {
  const client = await createContact();
  const quote = await createSentQuote(client.accountId, staff.id);
  await answered(quote.id, client.id, "accepted");
  await openAsStaff(page, staff, `/console/quotes/${quote.id}`);
  const answers = page.getByRole("region", { name: "The client’s answers" });
  await expect(answers).toContainText("Version 1: Accepted by Casey Client");
  await expect(answers).toContainText("From 203.0.113.5 · Test browser");
  await page.getByRole("button", { name: "Turn into an invoice" }).click();
  await expect(page).toHaveURL(/\/console\/invoices\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: new RegExp(`INV-${quote.number.slice(2)}`) })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /description/i }).first()).toHaveValue("Workshop");
  await page.goto(`/console/quotes/${quote.id}`);
  await expect(page.getByRole("link", { name: "Open the invoice made from it" })).toBeVisible();
});

test("after changes were asked for, staff send the revised version as version 2", async ({ page, staff }) => {
  const client = await createContact();
  const quote = await createSentQuote(client.accountId, staff.id);
  await answered(quote.id, client.id, "changes_requested");
  await openAsStaff(page, staff, `/console/quotes/${quote.id}`);
  await expect(page.getByRole("region", { name: "The client’s answers" })).toContainText("One design day fewer");
  await page.getByRole("button", { name: "Send the revised version" }).click();
  await expect(page.getByText("Version 2, revised after the client’s changes, is sent: waiting for their answer.")).toBeVisible();
  expect(await sql`select status, version from quotes where id = ${quote.id}`).toEqual([{ status: "sent", version: 2 }]);
});
