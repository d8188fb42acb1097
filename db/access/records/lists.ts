import "server-only";
import { and, asc, desc, ilike, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable, SelectedFields } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { decodeCursor, PAGE_SIZE, toPage } from "../kit/paging";
import { containsPattern } from "../kit/search";

// Shared shape of every record list (portal and console): a search over some text columns, an
// optional status filter, a choice of sort, and keyset paging on (sort value, id).

export type ListQuery = { query?: string; status?: string; sort?: string; cursor?: string | null };
export type SortSpec = { value: SQL<string>; direction: "asc" | "desc" };

/** Text columns a person's search words are matched against (contains, case-insensitive). */
export function searchCondition(query: string | undefined, columns: (AnyColumn | SQL)[]) {
  const text = query?.trim();
  return text ? or(...columns.map((column) => ilike(column, containsPattern(text)))) : undefined;
}

/** One page of a list: rows matching every condition, in the chosen order, with the next page's cursor. */
export async function pageOfRows<Fields extends SelectedFields & { id: AnyColumn }>(spec: {
  table: PgTable;
  select: Fields;
  where: (SQL | undefined)[];
  sort: SortSpec;
  cursor?: string | null;
}) {
  const after = decodeCursor(spec.cursor);
  const id = spec.select.id;
  const isAscending = spec.sort.direction === "asc";
  const keyset = after
    ? isAscending
      ? sql`(${spec.sort.value}, ${id}) > (${after.value}, ${after.id}::uuid)`
      : sql`(${spec.sort.value}, ${id}) < (${after.value}, ${after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...spec.select, sortValue: spec.sort.value })
    .from(spec.table)
    .where(and(...spec.where, keyset))
    .orderBy(...(isAscending ? [asc(spec.sort.value), asc(id)] : [desc(spec.sort.value), desc(id)]))
    .limit(PAGE_SIZE + 1);
  const { page, nextCursor } = toPage(rows as { id: string; sortValue: string }[], (row) => [row.sortValue, row.id]);
  return { rows: page as unknown as Awaited<typeof rows>, nextCursor };
}

/** A date or text column as a sortable text value (missing ones last when ascending). */
export function sortText(column: AnyColumn | SQL, direction: "asc" | "desc" = "asc"): SortSpec {
  return { value: sql<string>`coalesce(${column}::text, ${direction === "asc" ? "~" : ""})`, direction };
}

/** A column that is never null, as its own sort value (index-friendly). */
export function sortBy(column: AnyColumn, direction: "asc" | "desc" = "asc"): SortSpec {
  return { value: sql<string>`${column}`, direction };
}

/** Only a value the enum knows becomes a filter; anything else (an edited link) means "any". */
export function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/**
 * For a correlated subquery used as a selected column. Drizzle writes the columns of a select's own
 * top-level SQL fields unqualified ("id") but qualifies them inside nested SQL ("contracts"."id"),
 * and an unqualified "id" inside a subquery binds to the subquery's table. Nesting makes it safe.
 */
export function correlated<T>(expression: SQL<T>): SQL<T> {
  return sql<T>`${expression}`;
}
