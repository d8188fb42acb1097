import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import type { StaffArea } from "@/db/access/viewer/staff-roles";
import { requireStaffViewer, type StaffViewer } from "@/db/access/viewer/viewer";

// One way to write a console server action. A server action is a public endpoint, so on every
// call this resolves the viewer and checks their role's area (the 404 of a missing page
// otherwise), parses the form with its schema, and only then runs the work. Redirects thrown by
// the work pass through untouched.

export const INCOMPLETE_FORM = "This form was incomplete. Reload the page and try again.";

type StaffWork<Input> = (input: Input, context: { viewer: StaffViewer; ip?: string }) => Promise<ActionState>;

/**
 * A console action for `area`. A form that does not match the schema answers `invalid` (by default
 * INCOMPLETE_FORM: its fields are hidden or fixed choices), unless `explain` is set: then the
 * schema's own message for the first problem, and one per field.
 */
export function staffAction<Schema extends z.ZodType>(
  area: StaffArea,
  schema: Schema,
  work: StaffWork<z.infer<Schema>>,
  options: { explain?: boolean; invalid?: string } = {},
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await requireStaffViewer(area);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return options.explain ? explainProblems(parsed.error) : { error: options.invalid ?? INCOMPLETE_FORM };
    return work(parsed.data, { viewer, ip: clientIp(await headers()) });
  };
}

function explainProblems(error: z.ZodError): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return { error: error.issues[0]?.message ?? INCOMPLETE_FORM, fieldErrors };
}
