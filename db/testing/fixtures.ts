import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, contactCapabilities, sessions, users } from "@/db/schema";
import type { ContactViewer, StaffViewer } from "../access/viewer/viewer";

// For tests only: rows made directly, each with unique names so tests never collide.

/** The session of a viewer made by a test or a benchmark rather than by signing in. */
export const NO_SESSION = "00000000-0000-0000-0000-000000000000";

export async function ensureBusiness() {
  await db.insert(businessSettings).values({ id: 1, name: "Test Business", allowCustomerLogin: true }).onConflictDoNothing();
}

export async function createStaffViewer(): Promise<StaffViewer> {
  const email = `staff-${randomUUID()}@example.test`;
  const [row] = await db.insert(users).values({ kind: "staff", staffRole: "owner", name: "Test Staff", email }).returning({ id: users.id });
  return { kind: "staff", userId: row!.id, sessionId: NO_SESSION, name: "Test Staff", email, role: "owner" };
}

export async function createContact(options: { passwordHash?: string; loginState?: "inherit" | "on" | "off"; name?: string } = {}) {
  await ensureBusiness();
  const suffix = randomUUID();
  const [account] = await db
    .insert(accounts)
    .values({ number: `T-${suffix}`, name: `Account ${suffix.slice(0, 8)}` })
    .returning({ id: accounts.id, name: accounts.name });
  const email = `contact-${suffix}@example.test`;
  const [contact] = await db
    .insert(users)
    .values({
      kind: "contact",
      name: options.name ?? "Casey Contact",
      email,
      passwordHash: options.passwordHash,
      loginState: options.loginState,
    })
    .returning({ id: users.id });
  await db.insert(accountContacts).values({ accountId: account!.id, contactId: contact!.id });
  return { id: contact!.id, email, accountId: account!.id, accountName: account!.name };
}

/**
 * A contact acting for their account, as the access layer sees them signed in, with their own
 * allow (true) or deny (false) for the capabilities given.
 */
export async function createContactViewer(capabilities: Record<string, boolean> = {}, name = "Casey Client"): Promise<ContactViewer> {
  const contact = await createContact({ name });
  const rules = Object.entries(capabilities).map(([capability, isAllowed]) => ({ contactId: contact.id, capability, isAllowed }));
  if (rules.length) await db.insert(contactCapabilities).values(rules);
  return {
    kind: "contact",
    userId: contact.id,
    sessionId: NO_SESSION,
    name,
    email: contact.email,
    accountId: contact.accountId,
    accountName: contact.accountName,
    accounts: [],
    hasChosenAccount: true,
  };
}

/** Another contact at the same account as `viewer`, with their own capability rules. */
export async function createColleagueViewer(viewer: ContactViewer, capabilities: Record<string, boolean> = {}): Promise<ContactViewer> {
  const email = `colleague-${randomUUID()}@example.test`;
  const [contact] = await db.insert(users).values({ kind: "contact", name: "Robin Colleague", email }).returning({ id: users.id });
  await db.insert(accountContacts).values({ accountId: viewer.accountId, contactId: contact!.id });
  const rules = Object.entries(capabilities).map(([capability, isAllowed]) => ({ contactId: contact!.id, capability, isAllowed }));
  if (rules.length) await db.insert(contactCapabilities).values(rules);
  return { ...viewer, userId: contact!.id, name: "Robin Colleague", email };
}

/** The same contact as seen by staff viewing the portal as them. */
export function viewedAs(viewer: ContactViewer): ContactViewer {
  return { ...viewer, viewAs: { sessionId: NO_SESSION, staffUserId: randomUUID(), staffName: "Robin", expiresAt: new Date() } };
}

/** A signed-in browser of this person, as the password check would open it. */
export async function openSession(userId: string) {
  const [row] = await db
    .insert(sessions)
    .values({ userId, expiresAt: sql`now() + interval '1 hour'` })
    .returning({ id: sessions.id });
  return row!.id;
}

export async function isSessionOpen(sessionId: string) {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
  return rows.length === 1;
}

export async function readUser(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}
