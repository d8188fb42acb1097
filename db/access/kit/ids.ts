import { z } from "zod";

const uuidSchema = z.uuid();

// Ids come from URLs and forms; anything that is not a uuid finds nothing, like a missing record.
export function isUuid(value: unknown): value is string {
  return uuidSchema.safeParse(value).success;
}
