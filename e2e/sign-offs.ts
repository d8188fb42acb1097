import { createHash, randomBytes, randomUUID } from "node:crypto";
import { sql } from "./fixtures";

// For the sign-off tests: sign-offs made directly in the database, their links, and the text of a PDF.

/** A colleague of a contact, at the same account. */
export async function createColleague(accountId: string) {
  const suffix = randomUUID().slice(0, 8);
  const email = `colleague-${suffix}@example.test`;
  const name = `Robin ${suffix}`;
  const [row] = await sql<{ id: string }[]>`insert into users (kind, name, email) values ('contact', ${name}, ${email}) returning id`;
  await sql`insert into account_contacts (account_id, contact_id) values (${accountId}, ${row!.id})`;
  return { id: row!.id, email, name };
}

/** A sent sign-off (one round, one file) asking these contacts for approval; a raw link per contact. */
export async function createSentSignOff(accountId: string, contactIds: string[], options: { isLinkExpired?: boolean } = {}) {
  const subject = `Brochure ${randomUUID().slice(0, 6)}`;
  const [signOff] = await sql<{ id: string }[]>`
    insert into sign_offs (account_id, subject, state) values (${accountId}, ${subject}, 'open') returning id`;
  const [round] = await sql<{ id: string }[]>`
    insert into sign_off_rounds (sign_off_id, number, sent_at) values (${signOff!.id}, 1, now()) returning id`;
  await sql`insert into sign_off_files (round_id, name, content_type, size_bytes, sha256, storage_key)
    values (${round!.id}, 'brochure.pdf', 'application/pdf', 10, ${"a".repeat(64)}, ${`sign-offs/${randomUUID()}`})`;
  const links: Record<string, string> = {};
  for (const contactId of contactIds) {
    const [recipient] = await sql<{ id: string }[]>`
      insert into sign_off_recipients (sign_off_id, contact_id, role) values (${signOff!.id}, ${contactId}, 'approver') returning id`;
    const raw = randomBytes(32).toString("base64url");
    await sql`insert into sign_off_links (token_hash, sign_off_id, recipient_id, expires_at)
      values (${createHash("sha256").update(raw).digest("hex")}, ${signOff!.id}, ${recipient!.id},
        now() + ${options.isLinkExpired ? "-1 hour" : "7 days"}::interval)`;
    links[contactId] = `/sign-off-link/${raw}`;
  }
  return { id: signOff!.id, roundId: round!.id, subject, links };
}

/** The newest sign-off link emailed to this address for this moment (emails are queued after the response). */
export async function signOffLinkSentTo(to: string, moment: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [row] = await sql<{ url: string | null }[]>`
      select props->>'url' as url from emails
      where to_address = ${to} and template = 'sign-off' and props->>'moment' = ${moment}
      order by created_at desc limit 1`;
    if (row?.url) return new URL(row.url).pathname;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No "${moment}" sign-off email reached ${to}`);
}
