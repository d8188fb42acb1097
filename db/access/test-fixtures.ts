import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";
import type { StaffViewer } from "./viewer";

// For tests only: rows made directly, each with unique names so tests never collide.

export async function ensureBusiness() {
  await db
    .insert(businessSettings)
    .values({ id: 1, name: "Test Business", allowCustomerLogin: true })
    .onConflictDoNothing();
}

export async function createStaffViewer(): Promise<StaffViewer> {
  const email = `staff-${randomUUID()}@example.test`;
  const [row] = await db.insert(users).values({ kind: "staff", staffRole: "owner", name: "Test Staff", email }).returning({ id: users.id });
  return { kind: "staff", userId: row!.id, name: "Test Staff", email, role: "owner" };
}

export async function createContact(options: { passwordHash?: string; loginState?: "inherit" | "on" | "off" } = {}) {
  await ensureBusiness();
  const suffix = randomUUID();
  const [account] = await db
    .insert(accounts)
    .values({ number: `T-${suffix}`, name: `Account ${suffix.slice(0, 8)}` })
    .returning({ id: accounts.id, name: accounts.name });
  const email = `contact-${suffix}@example.test`;
  const [contact] = await db
    .insert(users)
    .values({ kind: "contact", name: "Casey Contact", email, passwordHash: options.passwordHash, loginState: options.loginState })
    .returning({ id: users.id });
  await db.insert(accountContacts).values({ accountId: account!.id, contactId: contact!.id });
  return { id: contact!.id, email, accountId: account!.id, accountName: account!.name };
}

export async function readUser(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}
