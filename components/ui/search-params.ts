import { z } from "zod";

const listParamsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  after: z.string().max(800).optional().catch(undefined),
  status: z.enum(["active", "offline"]).optional().catch(undefined),
  lastLogin: z.enum(["30d", "over30d", "never"]).optional().catch(undefined),
  tag: z.string().max(60).optional().catch(undefined),
  sort: z.enum(["name", "last_login"]).catch("name").default("name"),
});

// Search params are user input: anything odd becomes "no filter" rather than an error page.
export async function parseListParams(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const raw = await searchParams;
  const pick = (key: string) => first(raw[key]) || undefined;
  return listParamsSchema.parse({
    q: first(raw.q),
    after: pick("after"),
    status: pick("status"),
    lastLogin: pick("lastLogin"),
    tag: pick("tag"),
    sort: pick("sort"),
  });
}

/** One search parameter as a string (the first, when repeated), capped so nothing huge reaches the queries. */
export function firstParam(value: string | string[] | undefined) {
  return first(value)?.slice(0, 200);
}

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/** A record list's query string: search words, a status-like filter, a sort and the page cursor. Unknown values are ignored by the access layer. */
export async function parseRecordListParams(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const raw = await searchParams;
  return { query: firstParam(raw.q) ?? "", status: firstParam(raw.status) || undefined, sort: firstParam(raw.sort) || undefined, cursor: first(raw.after)?.slice(0, 800) || undefined };
}
