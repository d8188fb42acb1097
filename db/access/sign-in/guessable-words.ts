import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";

/** Who a valid link is for, as its page and its password check need them. */
export type LinkHolder = { state: "valid"; email: string; name: string; guessableWords: string[] };

/** A valid link's holder, with the words their new password must not be made of. */
export async function linkHolder<Person extends { email: string; name: string }>(person: Person): Promise<LinkHolder & Person> {
  return { state: "valid", ...person, guessableWords: await guessableWords(person.email) };
}

/**
 * The words an attacker would try first for this person besides the portal's name: their email
 * and name, their accounts' names and the business's. Only ever for the holder of a checked link.
 */
async function guessableWords(email: string): Promise<string[]> {
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
