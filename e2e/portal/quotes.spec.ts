import { emailsTo, expect, test } from "../fixtures";
import { pdfText } from "../pdf-text";
import { openQuoteAsClient } from "../quotes";

// A client answers quotes in the portal: accepting with their typed name (the PDF then carries it),
// declining with a reason (the quote's manager is emailed).

async function answer(page: import("@playwright/test").Page, choice: "Accept" | "Decline" | "Ask for changes", name: string, comment = "") {
  const form = page.getByRole("form", { name: "Your answer" });
  await form.getByRole("radio", { name: new RegExp(`^${choice}`) }).check();
  if (comment) await form.getByRole("textbox", { name: /Why you decline it|What should change/ }).fill(comment);
  await form.getByLabel("Type your full name to confirm").fill(name);
  await form.getByRole("button", { name: "Send my answer" }).click();
}

test("a client accepts a quote with their typed name, and its PDF says who accepted it and when", async ({ page, staff }) => {
  const { client, quote } = await openQuoteAsClient(page, staff.id);
  await expect(page.getByRole("heading", { name: `${quote.number} · ${quote.title}` })).toBeVisible();

  await answer(page, "Accept", "Not My Name");
  await expect(page.getByText(`To confirm, type your full name as we have it: ${client.name}.`).first()).toBeVisible();
  await expect(page.getByLabel("Type your full name to confirm")).toHaveValue("Not My Name");
  await answer(page, "Accept", client.name);
  await expect(page.getByRole("status").filter({ hasText: `Accepted by ${client.name} on` })).toContainText(
    "The team has been told and will be in touch.",
  );
  await page.reload();
  await expect(page.getByText(`Version 1: Accepted by ${client.name}`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Your answer" })).toHaveCount(0);

  const pdf = await page.request.get(`/quotes/${quote.id}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = pdfText(await pdf.body());
  expect(text).toContain(`Quote ${quote.number}`);
  expect(text).toMatch(new RegExp(`Accepted by ${client.name} on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC`));
  expect(text).toMatch(/SHA-256 of the version accepted: [0-9a-f]{64}/);
});

test("a client declines a quote with a reason, and its manager's email says so", async ({ page, staff }) => {
  const { client, quote } = await openQuoteAsClient(page, staff.id);
  await answer(page, "Decline", client.name, "We went with an in-house team.");
  await expect(page.getByRole("status").filter({ hasText: `Declined by ${client.name} on` })).toContainText("The team has been told why.");
  await expect
    .poll(async () => (await emailsTo(staff.email)).map((email) => email.subject))
    .toContainEqual(expect.stringContaining(`${client.name} declined quote ${quote.number}`));
  const [mail] = (await emailsTo(staff.email)).filter((email) => email.subject.includes(quote.number));
  expect(JSON.stringify(mail!.props)).toContain("We went with an in-house team.");
});

test("a quote past its 'valid until' date says it can no longer be accepted, and offers no Accept", async ({ page }) => {
  await openQuoteAsClient(page, null, { validUntil: "2020-01-31" });
  await expect(page.getByText("date has passed, so it can no longer be accepted")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Accept/ })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /^Decline/ })).toBeVisible();
});
