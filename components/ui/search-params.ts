import { z } from "zod";

const listParamsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  after: z.string().max(800).optional().catch(undefined),
  status: z.enum(["active", "offline"]).optional().catch(undefined),
});

// Search params are user input: anything odd becomes "no filter" rather than an error page.
export async function parseListParams(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const raw = await searchParams;
  return listParamsSchema.parse({ q: first(raw.q), after: first(raw.after), status: first(raw.status) });
}

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}
