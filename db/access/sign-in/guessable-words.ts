import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";

/**
 * Token holder (choosing a password from a link): the words an attacker would try first for this
 * person besides the portal's name: their email and name, their accounts' names and the business's.
 */
export async function unsafeGuessableWords(email: string): Promise<string[]> {
  const rows = await db
    .select({ name: users.name, accountName: accounts.name })
    .from(users)
    .leftJoin(accountContacts, eq(accountContacts.contactId, users.id))
    .leftJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(eq(users.email, email));
  const [business] = await db.select({ name: businessSettings.name }).from(businessSettings).limit(1);
  const names = rows.flatMap((row) => [row.name, row.accountName ?? ""]);
  return [email, ...names, business?.name ?? ""].filter(Boolean);
}
