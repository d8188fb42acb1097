import { hash } from "@node-rs/argon2";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { recordKindList, viewCapabilityOf } from "../lib/record-kinds";
import { parseTotpKey, totpCodeAt } from "../lib/security/totp";
import { E2E_DATABASE_URL } from "./settings";

// Each test makes its own people and accounts directly in the database, with unique addresses.
export const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => {} });

export const STRONG_PASSWORD = "velvet-canyon-lighthouse-91";

// Hashed once per worker and shared by the people it makes: argon2id is slow by design, and tests
// make hundreds of people on two cores.
let strongHash: Promise<string> | undefined;
export const strongPasswordHash = () => (strongHash ??= hash(STRONG_PASSWORD));

type Person = { id: string; email: string; name: string; password: string };
type Contact = Person & { accountId: string; accountName: string };

async function createPerson(kind: "staff" | "contact", name: string, withPassword: boolean): Promise<Person> {
  const email = `${kind}-${randomUUID()}@example.test`;
  const passwordHash = withPassword ? await strongPasswordHash() : null;
  const [row] = await sql<{ id: string }[]>`
    insert into users (kind, staff_role, name, email, password_hash)
    values (${kind}, ${kind === "staff" ? "admin" : null}, ${name}, ${email}, ${passwordHash}) returning id`;
  return { id: row!.id, email, name, password: STRONG_PASSWORD };
}

export async function createContact(options: { withPassword?: boolean } = {}): Promise<Contact> {
  const suffix = randomUUID().slice(0, 8);
  const accountName = `Account ${suffix}`;
  const [account] = await sql<{ id: string }[]>`
    insert into accounts (number, name) values (${`E2E-${suffix}`}, ${accountName}) returning id`;
  const person = await createPerson("contact", `Casey ${suffix}`, options.withPassword ?? false);
  await sql`insert into account_contacts (account_id, contact_id) values (${account!.id}, ${person.id})`;
  return { ...person, accountId: account!.id, accountName };
}

/** Adds the contact to one more new account, and returns its name. */
export async function addToNewAccount(contact: Contact): Promise<{ id: string; name: string }> {
  const suffix = randomUUID().slice(0, 8);
  const name = `Second ${suffix}`;
  const [account] = await sql<{ id: string }[]>`insert into accounts (number, name) values (${`E2E-${suffix}`}, ${name}) returning id`;
  await sql`insert into account_contacts (account_id, contact_id) values (${account!.id}, ${contact.id})`;
  return { id: account!.id, name };
}

/** An invitation link in a given state, made directly (as if sent long ago, or already used). */
export async function createInvitationLink(contact: Contact, state: { expired?: boolean; used?: boolean }) {
  const raw = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(raw).digest("hex");
  const [token] = await sql<{ id: string }[]>`
    insert into tokens (purpose, token_hash, user_id, expires_at, used_at)
    values ('invitation', ${tokenHash}, ${contact.id},
      now() + ${state.expired ? "-1 hour" : "7 days"}::interval, ${state.used ? sql`now()` : null})
    returning id`;
  await sql`insert into invitations (token_id, contact_id, account_id) values (${token!.id}, ${contact.id}, ${contact.accountId})`;
  return `/invitation/${raw}`;
}

/** The newest link of the given kind emailed to an address (emails are queued after the response, so wait). */
export async function emailedLink(
  to: string,
  path: "/invitation/" | "/reset-password/" | "/team-invitation/",
  database = sql,
): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [row] = await database<{ props: Record<string, unknown> }[]>`
      select props from emails where to_address = ${to} order by created_at desc limit 1`;
    const link = Object.values(row?.props ?? {}).find((value) => typeof value === "string" && value.includes(path));
    if (typeof link === "string") return new URL(link).pathname;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No email with a ${path} link reached ${to}`);
}

export async function emailsTo(to: string) {
  return sql<{ template: string; subject: string; props: Record<string, unknown> }[]>`
    select template, subject, props from emails where to_address = ${to} order by created_at`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  // Wait for the server's answer, so a navigation right after cannot cut the sign-in short.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** Signs a staff member in and opens a console page. */
export async function openAsStaff(page: Page, staff: { email: string; password: string }, path: string) {
  await signIn(page, staff.email, staff.password);
  await page.goto(path);
}

/** A new browser of the staff member, viewing the portal as this contact. */
export async function viewAsContact(browser: Browser, staff: { email: string; password: string }, contactId: string) {
  const page = await (await browser.newContext()).newPage();
  await openAsStaff(page, staff, `/console/contacts/${contactId}`);
  await page.getByRole("button", { name: "View as this contact" }).click();
  await expect(page.getByRole("region", { name: "Viewing as a contact" })).toBeVisible();
  return page;
}

/** Signs out and waits for the sign-in page, so the next step cannot race the old session. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
}

/** The code an authenticator app shows for this setup key, `offsetSteps` 30-second steps from now. */
export function appCode(setupKey: string, offsetSteps = 0): string {
  return totpCodeAt(parseTotpKey(setupKey), Date.now() / 1000 + offsetSteps * 30);
}

/**
 * On a two-factor setup page: reads the key as a person would type it into their app, confirms
 * it with the app's code, and keeps the recovery codes shown. Returns both.
 */
export async function enrolInTwoFactor(page: Page): Promise<{ setupKey: string; recoveryCodes: string[] }> {
  const setupKey = (await page.getByLabel("Setup key").textContent())!.trim();
  await page.getByLabel("Code from your app").fill(appCode(setupKey));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
  const recoveryCodes = (await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents()).map((code) =>
    code.trim(),
  );
  expect(recoveryCodes).toHaveLength(10);
  return { setupKey, recoveryCodes };
}

export const test = base.extend<{ staff: Person; staffPage: Page; contact: Contact; activeContact: Contact }>({
  staff: async ({}, use) => use(await createPerson("staff", "Robin Staff", true)),
  /** The test's page, signed in as its staff member. */
  staffPage: async ({ page, staff }, use) => {
    await signIn(page, staff.email, staff.password);
    await use(page);
  },
  contact: async ({}, use) => use(await createContact()),
  activeContact: async ({}, use) => use(await createContact({ withPassword: true })),
});

export { expect };

/** Every kind of record's view capability (from the registry), then the knowledge base and forms. */
export const viewCapabilities = [...recordKindList.map((kind) => viewCapabilityOf(kind)), "knowledge.view", "forms.view"];

/** A contact's own allow (true) or deny (false) for capabilities, as staff would set on the contact page. */
export async function setContactRules(contactId: string, capabilities: string[], isAllowed: boolean) {
  for (const capability of capabilities) {
    await sql`insert into contact_capabilities (contact_id, capability, is_allowed, set_at) values (${contactId}, ${capability}, ${isAllowed}, clock_timestamp())
      on conflict (contact_id, capability) do update set is_allowed = excluded.is_allowed, set_at = excluded.set_at`;
  }
}

/** One record of every kind at an account (and an article and a form only people tagged `tag` see), titled with `label`. */
export async function createRecords(accountId: string, contactId: string, label: string) {
  const one = async (query: Promise<{ id: string }[]>) => (await query)[0]!.id;
  const invoice = await one(
    sql`insert into invoices (account_id, number, status, issued_on, total_cents) values (${accountId}, ${`INV-${label}`}, 'open', current_date, 1000) returning id`,
  );
  const quote = await one(
    sql`insert into quotes (account_id, number, title, issued_on) values (${accountId}, ${`Q-${label}`}, ${`Quote ${label}`}, current_date) returning id`,
  );
  const project = await one(
    sql`insert into projects (account_id, name, budget_cents) values (${accountId}, ${`Project ${label}`}, 500000) returning id`,
  );
  const task = await one(
    sql`insert into tasks (account_id, project_id, title) values (${accountId}, ${project}, ${`Task ${label}`}) returning id`,
  );
  const ticket = await one(
    sql`insert into tickets (account_id, contact_id, subject) values (${accountId}, ${contactId}, ${`Ticket ${label}`}) returning id`,
  );
  const contract = await one(
    sql`insert into contracts (account_id, name, starts_on, ends_on, allowance_minutes) values (${accountId}, ${`Contract ${label}`}, current_date, current_date + 30, 600) returning id`,
  );
  const sale = await one(sql`insert into sales (account_id, title) values (${accountId}, ${`Sale ${label}`}) returning id`);
  const timesheet = await one(
    sql`insert into timesheet_entries (account_id, worked_on, minutes, description) values (${accountId}, current_date, 60, ${`Work ${label}`}) returning id`,
  );
  const file = await one(
    sql`insert into files (account_id, object_type, object_id, name, content_type, size_bytes, content) values (${accountId}, 'project', ${project}, ${`file-${label}.txt`}, 'text/plain', 5, ${Buffer.from("hello")}) returning id`,
  );
  await sql`update users set tags = array[${label}] where id = ${contactId}`;
  const article = await one(
    sql`insert into knowledge_articles (title, body, tags) values (${`Article ${label}`}, 'Body', array[${label}]) returning id`,
  );
  const form = await one(
    sql`insert into web_forms (title, fields, tags) values (${`Form ${label}`}, '[{"label":"What happened?","kind":"long_text"}]', array[${label}]) returning id`,
  );
  return { invoice, quote, project, task, ticket, contract, sale, timesheet, file, article, form };
}
