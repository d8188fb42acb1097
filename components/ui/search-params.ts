import { z } from "zod";
import { decodeCursor } from "@/db/access/kit/paging";
import { withoutControlCharacters } from "@/db/access/kit/search";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const listParamsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  after: z.string().max(800).optional().catch(undefined),
  status: z.enum(["active", "offline"]).optional().catch(undefined),
  lastLogin: z.enum(["30d", "over30d", "never"]).optional().catch(undefined),
  tag: z.string().max(60).optional().catch(undefined),
  sort: z.enum(["name", "last_login"]).catch("name").default("name"),
});

/**
 * Search params are user input: anything odd becomes "no filter" rather than an error page, and
 * what was dropped is said in `notice` (shown above the list): characters that cannot be searched
 * for, or a page link that this server did not make.
 */
export async function parseListParams(searchParams: SearchParams) {
  const raw = await searchParams;
  const pick = (key: string) => first(raw[key]) || undefined;
  const { query, cursor, notice } = cleanSearchAndCursor(first(raw.q), pick("after"));
  const parsed = listParamsSchema.parse({
    q: query,
    after: cursor,
    status: pick("status"),
    lastLogin: pick("lastLogin"),
    tag: pick("tag"),
    sort: pick("sort"),
  });
  return { ...parsed, tag: parsed.tag === undefined ? undefined : withoutControlCharacters(parsed.tag), notice };
}

/** One search parameter as a string (the first, when repeated), capped so nothing huge reaches the queries. */
export function firstParam(value: string | string[] | undefined) {
  const text = first(value)?.slice(0, 200);
  return text === undefined ? undefined : withoutControlCharacters(text);
}

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/** A record list's query string: search words, a status-like filter, a sort and the page cursor. Unknown values are ignored by the access layer. */
export async function parseRecordListParams(searchParams: SearchParams) {
  const raw = await searchParams;
  const { query, cursor, notice } = cleanSearchAndCursor(first(raw.q)?.slice(0, 200), first(raw.after)?.slice(0, 800));
  return { query, status: firstParam(raw.status) || undefined, sort: firstParam(raw.sort) || undefined, cursor, notice };
}

function cleanSearchAndCursor(query: string | undefined, cursor: string | undefined) {
  const cleanQuery = withoutControlCharacters(query ?? "");
  const isCursorGenuine = !cursor || decodeCursor(cursor) !== null;
  const notice =
    cleanQuery !== (query ?? "")
      ? "Your search contained characters that cannot be searched for (such as control characters); they were left out."
      : !isCursorGenuine
        ? "That page link was not valid (perhaps it was edited), so the list starts again from the first page."
        : undefined;
  return { query: cleanQuery, cursor: isCursorGenuine ? cursor : undefined, notice };
}
