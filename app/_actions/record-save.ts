import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/components/ui/action-state";
import type { SaveResult } from "@/db/access/records/save";
import { requireStaffViewer, type StaffViewer } from "@/db/access/viewer/viewer";
import { INCOMPLETE_FORM } from "./action";

// The action of every staff record form (invoices, tasks, articles…): on every call the viewer is
// checked, the form parsed with the kind's schema, the record saved through the access layer, each
// field's problem shown beside it, and a new record's page opened once it exists. A retried "create"
// carries the same request key, so it opens the record the first try made.

const idSchema = z.union([z.literal(""), z.uuid()]).optional();

type SaveRecord<Input> = (viewer: StaffViewer, id: string | null, input: Input, requestKey?: string) => Promise<SaveResult>;

/** The save action for records listed at `basePath` (their pages are `${basePath}/<id>`). */
export function recordSaveAction<Input>(basePath: string, schema: z.ZodType<Input>, save: SaveRecord<Input>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await requireStaffViewer("clients");
    const id = idSchema.safeParse(formData.get("id") ?? undefined);
    const requestKey = idSchema.safeParse(formData.get("requestKey") ?? undefined);
    if (!id.success || !requestKey.success) return { error: INCOMPLETE_FORM };
    const parsed = schema.safeParse(formObject(formData));
    const values = typedValues(formData);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return { error: NEEDS_FIXING, fieldErrors, values };
    }
    const result = await save(viewer, id.data || null, parsed.data, requestKey.data || undefined);
    if (!result.ok) return { error: result.fieldErrors.form ?? NEEDS_FIXING, fieldErrors: result.fieldErrors, values };
    revalidatePath(basePath);
    if (!id.data) redirect(`${basePath}/${result.id}?created=1`);
    return { ok: true, message: "Saved." };
  };
}

const NEEDS_FIXING = "Some fields need fixing before this can be saved.";

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

/** What was typed, sent back so a refused form keeps it. */
function typedValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 50_000);
  return values;
}
