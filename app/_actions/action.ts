import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import type { StaffArea } from "@/db/access/viewer/staff-roles";
import {
  getViewer,
  requireActingContact,
  requireStaffViewer,
  type ContactViewer,
  type StaffViewer,
  type Viewer,
} from "@/db/access/viewer/viewer";
import { getRecipientViewer, type RecipientViewer } from "@/db/access/sign-offs/recipients";

// One way to write a server action, per audience (decision 0010). A server action is a public
// endpoint, so on every call the wrapper resolves and checks who is asking, parses the form with its
// Zod schema, and only then runs the work with the typed input. Redirects thrown by the check or the
// work pass through untouched.
//
//   staffAction(area, …)   staff whose role includes the area (others: the 404 of a missing page)
//   contactAction(…)       a contact acting for their chosen account, never while viewed as
//   signedInAction(…)      anyone signed in (their own sessions, two-factor)
//   recipientAction(…)     someone asked on the sign-off the form names: signed in, or by its link's session
//   publicAction(…)        no one in particular: the form itself (a token, an address) is the credential

export const INCOMPLETE_FORM = "This form was incomplete. Reload the page and try again.";

/** What every form's state can carry back when the form is refused. */
type Refusal = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** `values`: what was typed, as text; `formData` for what a schema cannot hold (files, repeated names). */
type Context<Who> = { viewer: Who; ip?: string; values: Record<string, string>; formData: FormData };
// NoInfer: the state is the form's (ActionState unless named), not whatever the work happens to return.
type Work<Input, Who, State> = (input: Input, context: Context<Who>) => Promise<NoInfer<State>>;

type Options = {
  /**
   * For fields people type, answer the schema's own messages: one per field, and with "message"
   * the first problem above the form too (for forms that do not show errors beside fields).
   */
  explain?: "message" | "fields";
  /** Send back what was typed with a refusal, so the form keeps it. */
  keepValues?: boolean;
  /** The answer for a form that does not match (hidden fields, fixed choices); INCOMPLETE_FORM by default. */
  invalid?: string;
};

function formAction<Who, Schema extends z.ZodType, State extends Refusal = ActionState>(
  resolve: () => Promise<Who>,
  schema: Schema,
  work: Work<z.infer<Schema>, Who, State>,
  options: Options = {},
) {
  return async (_previous: State, formData: FormData): Promise<State> => {
    const viewer = await resolve();
    const values = typedValues(formData);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const refusal: Refusal = options.explain
        ? explainProblems(parsed.error, options.explain)
        : { error: options.invalid ?? INCOMPLETE_FORM };
      return (options.keepValues ? { ...refusal, values } : refusal) as State;
    }
    return work(parsed.data, { viewer, ip: clientIp(await headers()), values, formData });
  };
}

export function staffAction<Schema extends z.ZodType, State extends Refusal = ActionState>(
  area: StaffArea,
  schema: Schema,
  work: Work<z.infer<Schema>, StaffViewer, State>,
  options?: Options,
) {
  return formAction(() => requireStaffViewer(area), schema, work, options);
}

export function contactAction<Schema extends z.ZodType, State extends Refusal = ActionState>(
  schema: Schema,
  work: Work<z.infer<Schema>, ContactViewer, State>,
  options?: Options & { allowUnchosen?: boolean },
) {
  return formAction(() => requireActingContact({ allowUnchosen: options?.allowUnchosen }), schema, work, options);
}

export function signedInAction<Schema extends z.ZodType, State extends Refusal = ActionState>(
  schema: Schema,
  work: Work<z.infer<Schema>, Viewer, State>,
  options?: Options,
) {
  return formAction(requireSignedIn, schema, work, options);
}

export function publicAction<Schema extends z.ZodType, State extends Refusal = ActionState>(
  schema: Schema,
  work: Work<z.infer<Schema>, null, State>,
  options?: Options,
) {
  return formAction(async () => null, schema, work, options);
}

/**
 * For a sign-off's page: the recipient asking, resolved from the sign-off the form names (a contact
 * signed in, or the session its link started); anyone else gets the answer of a missing sign-off.
 */
export function recipientAction<Schema extends z.ZodObject<{ signOffId: z.ZodUUID }>, State extends Refusal = ActionState>(
  schema: Schema,
  work: Work<z.infer<Schema>, RecipientViewer, State>,
  options?: Options,
) {
  return formAction(
    async () => null,
    schema,
    async (input, context) => {
      const recipient = await getRecipientViewer((input as { signOffId: string }).signOffId);
      if (!recipient) return { error: "This sign-off is not there any more, or not open to you." } as State;
      return work(input, { ...context, viewer: recipient });
    },
    options,
  );
}

async function requireSignedIn(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

function explainProblems(error: z.ZodError, how: "message" | "fields"): Refusal {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return how === "fields" ? { fieldErrors } : { error: error.issues[0]?.message ?? INCOMPLETE_FORM, fieldErrors };
}

/** What was typed (text fields only, each capped far above any field's own limit), for a refused form to show again. */
function typedValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 20_000);
  return values;
}
