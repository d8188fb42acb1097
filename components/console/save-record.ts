import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/components/ui/action-state";
import type { SaveResult } from "@/db/access/records/save";

const idSchema = z.union([z.literal(""), z.uuid()]).optional();

/** A record form's fields as an object: "lines.3.description" style names become an array of rows. */
function formObject(formData: FormData) {
  const fields: Record<string, unknown> = {};
  const rows: Record<string, string>[] = [];
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    const row = /^lines\.(\d{1,2})\.(\w+)$/.exec(key);
    if (row) (rows[Number(row[1])] ??= {})[row[2]!] = value;
    else fields[key] = value;
  }
  if (rows.length) fields.lines = rows.filter(Boolean);
  return fields;
}

function typedValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 50_000);
  return values;
}

/**
 * The body of every staff record form's action: parse with the module's schema, save through the
 * access layer, show each field's problem, and open a new record's page once it exists.
 */
export async function saveFromForm<Input>(
  formData: FormData,
  schema: z.ZodType<Input>,
  save: (id: string | null, input: Input, requestKey?: string) => Promise<SaveResult>,
  basePath: string,
): Promise<ActionState> {
  const id = idSchema.safeParse(formData.get("id") ?? undefined);
  const requestKey = idSchema.safeParse(formData.get("requestKey") ?? undefined);
  if (!id.success || !requestKey.success) return { error: "This form was incomplete. Reload the page and try again." };
  const parsed = schema.safeParse(formObject(formData));
  const values = typedValues(formData);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { error: "Some fields need fixing before this can be saved.", fieldErrors, values };
  }
  const result = await save(id.data || null, parsed.data, requestKey.data || undefined);
  if (!result.ok)
    return {
      error: result.fieldErrors.form ?? "Some fields need fixing before this can be saved.",
      fieldErrors: result.fieldErrors,
      values,
    };
  revalidatePath(basePath);
  if (!id.data) redirect(`${basePath}/${result.id}?created=1`);
  return { ok: true, message: "Saved." };
}
