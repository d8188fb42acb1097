import { hash as bcryptHash } from "@node-rs/bcrypt";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, imports, users } from "@/db/schema";
import { parseContactsCsv } from "@/lib/csv/contacts-csv";
import { getImport, queueImport, stageImport, unsafeRunNextImport } from "./imports";
import { unsafeCheckPassword } from "../sign-in/password-check";
import { createStaffViewer, ensureBusiness } from "../../testing/fixtures";

async function importCsv(csv: string) {
  await ensureBusiness();
  const staff = await createStaffViewer();
  const parsed = parseContactsCsv(csv);
  if ("error" in parsed) throw new Error(parsed.error);
  const id = await stageImport(staff, "contacts.csv", parsed.rows);
  expect(await queueImport(staff, id)).toBe(true);
  expect(await queueImport(staff, id)).toBe(false); // committing twice does nothing more
  while (await unsafeRunNextImport());
  return (await getImport(staff, id))!;
}

describe("importing contacts", () => {
  it("creates accounts, contacts and memberships, skipping bad rows, and a re-import changes nothing", async () => {
    const tag = randomUUID().slice(0, 8);
    const csv = [
      "account_number,account_name,billing_postcode,email,name",
      `I-${tag}-1,Import One,AB1 2CD,a-${tag}@example.test,Ann`,
      `I-${tag}-1,Import One,AB1 2CD,b-${tag}@example.test,Ben`,
      `I-${tag}-2,Import Two,,a-${tag}@example.test,Ann`,
      `I-${tag}-2,Import Two,,broken-address,Nobody`,
    ].join("\n");
    const first = await importCsv(csv);
    expect(first).toMatchObject({ status: "done", totalRows: 4, errorRows: 1, processedRows: 4 });
    expect(first.result).toEqual({ accountsCreated: 2, accountsUpdated: 0, contactsCreated: 2, contactsUpdated: 0, membershipsCreated: 3 });
    expect(first.problems).toEqual([{ line: 5, email: "broken-address", error: "“broken-address” is not a valid email address." }]);

    const [ann] = await db
      .select()
      .from(users)
      .where(eq(users.email, `a-${tag}@example.test`));
    expect(await db.select().from(accountContacts).where(eq(accountContacts.contactId, ann!.id))).toHaveLength(2);

    const again = await importCsv(csv);
    expect(again.result).toEqual({ accountsCreated: 0, accountsUpdated: 0, contactsCreated: 0, contactsUpdated: 0, membershipsCreated: 0 });

    const renamed = await importCsv(csv.replace("Import One", "Import One Ltd"));
    expect(renamed.result).toMatchObject({ accountsUpdated: 1, contactsCreated: 0 });
    const [one] = await db
      .select({ name: accounts.name })
      .from(accounts)
      .where(eq(accounts.number, `I-${tag}-1`));
    expect(one!.name).toBe("Import One Ltd");
  });

  it("never turns a staff member into a contact", async () => {
    const staff = await createStaffViewer();
    const tag = randomUUID().slice(0, 8);
    const result = await importCsv(`account_number,account_name,email\nS-${tag},Staff Trap,${staff.email}`);
    expect(result.result).toMatchObject({ accountsCreated: 0, contactsCreated: 0, membershipsCreated: 0 });
    expect(result).toMatchObject({ totalRows: 1, errorRows: 1 });
    expect(result.problems).toEqual([
      { line: 2, email: staff.email, error: "This address belongs to a member of staff; staff are never made contacts." },
    ]);
    const [row] = await db.select({ kind: users.kind }).from(users).where(eq(users.email, staff.email));
    expect(row!.kind).toBe("staff");
  });

  it("previews, before anything is written, how many rows create, update or change nothing", async () => {
    const tag = randomUUID().slice(0, 8);
    await importCsv(
      `account_number,account_name,email,name\nP-${tag},Preview Ltd,old-${tag}@example.test,Olive\nP-${tag},Preview Ltd,same-${tag}@example.test,Sam`,
    );
    const staff = await createStaffViewer();
    const parsed = parseContactsCsv(
      [
        "account_number,account_name,email,name",
        `P-${tag},Preview Ltd,old-${tag}@example.test,Olivia`,
        `P-${tag},Preview Ltd,same-${tag}@example.test,Sam`,
        `P-${tag},Preview Ltd,new-${tag}@example.test,Nia`,
        `P-${tag},Preview Ltd,not-an-address,Nobody`,
      ].join("\n"),
    );
    if ("error" in parsed) throw new Error(parsed.error);
    const id = await stageImport(staff, "again.csv", parsed.rows);
    const staged = await getImport(staff, id);
    expect(staged).toMatchObject({ status: "previewed", errorRows: 1, preview: { create: 1, update: 1, unchanged: 1 } });
    expect(
      await db
        .select()
        .from(users)
        .where(eq(users.email, `new-${tag}@example.test`)),
    ).toHaveLength(0);
  });

  it("keeps an imported bcrypt password working, and replaces it with argon2id at the first sign-in", async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `legacy-${tag}@example.test`;
    const legacy = await bcryptHash("an-old-website-password", { cost: 10 });
    await importCsv(`account_number,account_name,email,password_hash\nL-${tag},Legacy Co,${email},${legacy}`);
    expect(await unsafeCheckPassword({ email, password: "wrong" })).toEqual({ outcome: "refused" });
    expect(await unsafeCheckPassword({ email, password: "an-old-website-password" })).toMatchObject({ outcome: "signed_in" });
    const [after] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    expect(after!.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await unsafeCheckPassword({ email, password: "an-old-website-password" })).toMatchObject({ outcome: "signed_in" });
  });

  it("refuses a wrong password sharing an imported bcrypt password's first 72 bytes, and keeps the hash", async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `long-${tag}@example.test`;
    const shared = "river-stones-".repeat(6).slice(0, 72);
    const legacy = await bcryptHash(`${shared}-the-real-ending`, { cost: 4 });
    await importCsv(`account_number,account_name,email,password_hash\nB-${tag},Long Co,${email},${legacy}`);
    expect(await unsafeCheckPassword({ email, password: `${shared}-a-wrong-ending!` })).toEqual({ outcome: "refused" });
    const [after] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    // Not "upgraded" to a hash of the wrong password: the owner can still reset and sign in.
    expect(after!.hash).toBe(legacy);
  });

  describe("when the worker crashes mid-import", () => {
    async function crashedImport(attempts: number) {
      const staff = await createStaffViewer();
      const tag = randomUUID().slice(0, 8);
      const parsed = parseContactsCsv(`account_number,account_name,email\nC-${tag},Crash Co,crash-${tag}@example.test`);
      if ("error" in parsed) throw new Error(parsed.error);
      const id = await stageImport(staff, "contacts.csv", parsed.rows);
      await queueImport(staff, id);
      // As a worker leaves it when it dies: running, part-way, its lease run out, nothing committed.
      await db
        .update(imports)
        .set({ status: "running", attempts, processedRows: 1, leaseUntil: sql`now() - interval '1 second'` })
        .where(eq(imports.id, id));
      return { staff, id, email: `crash-${tag}@example.test` };
    }

    it("is taken up again once its lease runs out, and finishes", async () => {
      const { staff, id, email } = await crashedImport(1);
      while (await unsafeRunNextImport());
      expect(await getImport(staff, id)).toMatchObject({ status: "done", processedRows: 1 });
      expect(await db.select({ id: users.id }).from(users).where(eq(users.email, email))).toHaveLength(1);
    });

    it("after repeated crashes is marked failed, and staff can try again", async () => {
      const { staff, id } = await crashedImport(3);
      while (await unsafeRunNextImport());
      expect(await getImport(staff, id)).toMatchObject({ status: "failed", lastError: expect.stringContaining("interrupted") });
      expect(await queueImport(staff, id)).toBe(true);
      while (await unsafeRunNextImport());
      expect(await getImport(staff, id)).toMatchObject({ status: "done" });
    });
  });
});
