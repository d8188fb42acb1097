import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { signInboundEmail } from "../../app/api/webhooks/inbound-email/signature";
import { createContact, emailsTo, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";
import { E2E_INBOUND_SECRET } from "../settings";

// Every record has a conversation: the client writes, staff answer or leave a note the client never
// sees, and each hears about the other.

test("on a project, a client writes, staff answer and add a staff note; the client sees the answer only", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view"], true);
  const name = `Launch ${randomUUID().slice(0, 6)}`;
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id) values (${client.accountId}, ${name}, ${staff.id}) returning id`;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("write here to join it")).toBeVisible();
  await page.getByLabel("Your message").fill("Can we launch on the **14th**?");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Can we launch on the")).toBeVisible();
  await expect(page.locator("strong", { hasText: "14th" })).toBeVisible();
  await expect
    .poll(async () => (await emailsTo(staff.email)).map((email) => email.subject))
    .toContain(`${client.name} wrote on the project “${name}”`);

  const console = await (await browser.newContext()).newPage();
  await openAsStaff(console, staff, `/console/projects/${project!.id}`);
  await expect(console.getByRole("link", { name: /Notifications, \d+ unread/ })).toBeVisible();
  await console.waitForLoadState("networkidle");
  await console.getByLabel("Reply or note").fill("Yes, the 14th works.");
  await console.getByRole("button", { name: "Send", exact: true }).click();
  await expect(console.getByText("Yes, the 14th works.")).toBeVisible();
  await console.getByLabel("Reply or note").fill("They asked twice; keep an eye on it.");
  await console.getByLabel("Staff note (the client never sees it)").check();
  await console.getByRole("button", { name: "Send", exact: true }).click();
  await expect(console.getByText("staff note, not shown to the client")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Yes, the 14th works.")).toBeVisible();
  await expect(page.getByText("keep an eye on it")).toHaveCount(0);
  await expect.poll(async () => (await emailsTo(client.email)).length).toBe(1);
  expect(JSON.stringify((await emailsTo(client.email))[0])).not.toContain("keep an eye");
});

test("a client replies on a ticket, staff answer, and the ticket waits on the client", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["tickets.view"], true);
  const [ticket] = await sql<{ id: string }[]>`
    insert into tickets (account_id, contact_id, subject, manager_id) values (${client.accountId}, ${client.id}, 'Login loops', ${staff.id}) returning id`;
  await sql`insert into followers (object_id, object_type, user_id, account_id) values (${ticket!.id}, 'ticket', ${client.id}, ${client.accountId})`;

  await signIn(page, client.email, client.password);
  await page.goto(`/tickets/${ticket!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill("It loops after the code.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("It loops after the code.")).toBeVisible();

  const console = await (await browser.newContext()).newPage();
  await openAsStaff(console, staff, `/console/tickets/${ticket!.id}`);
  await console.waitForLoadState("networkidle");
  await console.getByLabel("Reply or note").fill("Fixed: clear the cookie once.");
  await console.getByRole("button", { name: "Send", exact: true }).click();
  await expect(console.getByText("Fixed: clear the cookie once.")).toBeVisible();
  await expect.poll(async () => (await sql`select status from tickets where id = ${ticket!.id}`)[0]!.status).toBe("waiting");
  await expect
    .poll(async () => (await emailsTo(client.email)).map((email) => email.subject))
    .toContain(`${staff.name} wrote on the ticket “#${await numberOf(ticket!.id)} · Login loops”`);

  await page.goto("/");
  await expect(page.getByRole("region", { name: "Tickets waiting on you" }).getByRole("link", { name: /Login loops/ })).toBeVisible();

  // The client answers the notification email; the provider hands it to the signed webhook.
  const [notice] = await sql<{ reply_to: string }[]>`
    select reply_to from emails where to_address = ${client.email} and template = 'notification' order by created_at desc limit 1`;
  expect(notice!.reply_to).toMatch(/^reply\+[0-9a-f]{40}@reply\.portal\.test$/);
  const reply = {
    from: `${client.name} <${client.email}>`,
    to: [notice!.reply_to],
    text: "That worked, thanks!\n\nOn Tue, Robin wrote:\n> Fixed: clear the cookie once.",
  };
  // From someone else first: refused, and that sender told why.
  const stranger = `stranger-${randomUUID().slice(0, 6)}@elsewhere.test`;
  expect(await postInboundEmail(page.request, { ...reply, from: stranger })).toEqual({ posted: false, reason: "sender" });
  await expect.poll(async () => (await emailsTo(stranger)).map((email) => email.template)).toEqual(["reply-refused"]);
  expect(await postInboundEmail(page.request, reply)).toEqual({ posted: true });
  await page.goto(`/tickets/${ticket!.id}`);
  await expect(page.getByText("That worked, thanks!")).toBeVisible();
  await expect(page.getByText("> Fixed: clear the cookie once.")).toHaveCount(0);
  await console.reload();
  await expect(console.getByText("That worked, thanks!")).toBeVisible();

  // The same address again is used up.
  expect(await postInboundEmail(page.request, reply)).toEqual({ posted: false, reason: "used" });
});

/** What a mail provider does with an email to a reply address: JSON to the webhook, signed with the shared secret. */
async function postInboundEmail(request: APIRequestContext, email: { from: string; to: string[]; text: string }) {
  const body = JSON.stringify(email);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await request.post("/api/webhooks/inbound-email", {
    headers: {
      "content-type": "application/json",
      "x-portal-timestamp": timestamp,
      "x-portal-signature": signInboundEmail(E2E_INBOUND_SECRET, timestamp, body),
    },
    data: body,
  });
  return response.json();
}

async function numberOf(ticketId: string) {
  const [row] = await sql<{ number: number }[]>`select number from tickets where id = ${ticketId}`;
  return row!.number;
}
