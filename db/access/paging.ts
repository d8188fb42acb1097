import { z } from "zod";

// Keyset pagination: the page after a (sort value, id) pair, so page 2,000 costs what page 1 does.
const cursorSchema = z.tuple([z.string().max(400), z.uuid()]);

export type Cursor = { value: string; id: string };

export function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

/** A malformed cursor (edited link) is treated as "first page", never as an error. */
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { value: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export const PAGE_SIZE = 50;

/** Cuts the PAGE_SIZE + 1 rows a keyset query fetched into a page and the cursor of the next one. */
export function toPage<Row>(rows: Row[], cursorOf: (row: Row) => [string, string]) {
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(...cursorOf(last)) : null };
}
