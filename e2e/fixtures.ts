import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { E2E_DATABASE_URL } from "./settings";

// Each test makes its own people and accounts directly in the database, with unique addresses.
export const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => {} });

export const STRONG_PASSWORD = "velvet-canyon-lighthouse-91";

type Person = { id: string; email: string; name: string; password: string };
type Contact = Person & { accountId: string; accountName: string };

async function createPerson(kind: "staff" | "contact", name: string, withPassword: boolean): Promise<Person> {
  const email = `${kind}-${randomUUID()}@example.test`;
  const passwordHash = withPassword ? await hash(STRONG_PASSWORD) : null;
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
export async function emailedLink(to: string, path: "/invitation/" | "/reset-password/"): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [row] = await sql<{ props: Record<string, unknown> }[]>`
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

export const test = base.extend<{ staff: Person; contact: Contact; activeContact: Contact }>({
  staff: async ({}, use) => use(await createPerson("staff", "Robin Staff", true)),
  contact: async ({}, use) => use(await createContact()),
  activeContact: async ({}, use) => use(await createContact({ withPassword: true })),
});

export { expect };
