import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { ACCOUNT_COUNT_CAP, countAccounts, listAccounts } from "./accounts";
import { createStaffViewer, ensureBusiness } from "../../testing/fixtures";

describe("counting accounts for the list", () => {
  it("counts exactly by search, and up to the cap (saying so) by status", async () => {
    await ensureBusiness();
    const staff = await createStaffViewer();
    const tag = randomUUID().slice(0, 8);
    // One more open account with someone in it than the cap, made in three statements.
    await db.execute(sql`insert into accounts (number, name, portal_access)
      select ${`CAP-${tag}-`} || g, ${`Capped ${tag} `} || g, 'all' from generate_series(1, ${ACCOUNT_COUNT_CAP + 1}) g`);
    await db.execute(sql`insert into users (kind, name, email)
      select 'contact', 'Cap ' || g, ${`cap-${tag}-`} || g || '@example.test' from generate_series(1, ${ACCOUNT_COUNT_CAP + 1}) g`);
    await db.execute(sql`insert into account_contacts (account_id, contact_id)
      select a.id, u.id from accounts a join users u on u.email = ${`cap-${tag}-`} || substr(a.number, ${`CAP-${tag}-`.length + 1}) || '@example.test'
      where a.number like ${`CAP-${tag}-%`}`);

    expect(await countAccounts(staff, { query: `Capped ${tag}` })).toEqual({ count: ACCOUNT_COUNT_CAP + 1, isAtLeast: false });
    expect(await countAccounts(staff, { query: `Capped ${tag}`, status: "active" })).toEqual({ count: ACCOUNT_COUNT_CAP, isAtLeast: true });
    expect(await countAccounts(staff, { query: `Capped ${tag} 17`, status: "active" })).toEqual({ count: 11, isAtLeast: false }); // 17, 170–179
    expect(await countAccounts(staff, { query: `Capped ${tag}`, status: "offline" })).toEqual({ count: 0, isAtLeast: false });
    const { accounts } = await listAccounts(staff, { query: `Capped ${tag}`, status: "active" });
    expect(accounts).toHaveLength(50);
  });
});
