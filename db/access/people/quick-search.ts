import "server-only";
import { and, asc, eq, ilike, or } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { recordKindList, type RecordKind } from "@/lib/record-kinds";
import { containsPattern } from "../kit/search";
import { recordLabels, recordTables } from "../records/kinds";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export type QuickSearchHit = { kind: "account" | "contact" | RecordKind; id: string; label: string; detail: string };

const PER_KIND = 4;

/**
 * Staff: what a few typed letters find across accounts (name or number), contacts (name or email)
 * and every kind of record (by its label), a handful of each, for the console's quick search.
 */
export async function quickSearch(viewer: StaffViewer, typed: string): Promise<QuickSearchHit[]> {
  assertStaff(viewer, "clients");
  const text = typed.trim().slice(0, 100);
  if (text.length < 2) return [];
  const pattern = containsPattern(text);
  const [accountRows, contactRows, ...recordRows] = await Promise.all([
    db
      .select({ id: accounts.id, label: accounts.name, detail: accounts.number })
      .from(accounts)
      .where(and(eq(accounts.isTest, false), or(ilike(accounts.name, pattern), ilike(accounts.number, pattern))))
      .orderBy(asc(accounts.name))
      .limit(PER_KIND),
    db
      .select({ id: users.id, label: users.name, detail: users.email })
      .from(users)
      .where(and(eq(users.kind, "contact"), or(ilike(users.name, pattern), ilike(users.email, pattern))))
      .orderBy(asc(users.name))
      .limit(PER_KIND),
    ...recordKindList.map((kind) =>
      db
        .select({ id: recordTables[kind].id, label: recordLabels[kind] })
        .from(recordTables[kind])
        .where(ilike(recordLabels[kind], pattern))
        .orderBy(asc(recordLabels[kind]))
        .limit(PER_KIND),
    ),
  ]);
  return [
    ...accountRows.map((row) => ({ kind: "account" as const, ...row })),
    ...contactRows.map((row) => ({ kind: "contact" as const, ...row })),
    ...recordKindList.flatMap((kind, index) => recordRows[index]!.map((row) => ({ kind, id: row.id, label: row.label, detail: "" }))),
  ];
}
