import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { keyedHash } from "@/lib/security/server-keys";

// Keyset pagination: the page after a (sort value, id) pair, so page 2,000 costs what page 1 does.
// The pair travels in the link, so it is signed: an edited or made-up cursor (a date that is not a
// date, a NUL byte) never reaches a query; it means "the first page".
const cursorSchema = z.tuple([z.string().max(400), z.uuid()]);

export type Cursor = { value: string; id: string };

function signatureOf(payload: string): Buffer {
  return keyedHash("cursor", payload).subarray(0, 12);
}

export function encodeCursor(value: string, id: string): string {
  const payload = Buffer.from(JSON.stringify([value, id])).toString("base64url");
  return `${payload}.${signatureOf(payload).toString("base64url")}`;
}

/** A cursor this server made, or null: anything else (an edited link) is treated as "first page", never as an error. */
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  if (!raw) return null;
  const [payload, signature, ...rest] = raw.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = signatureOf(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
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
