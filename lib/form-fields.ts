import { z } from "zod";

// The fields a support form can ask, described once: the console's builder writes them, the portal
// shows them, and the access layer checks each answer against its field.

export const formFieldKinds = {
  text: "a short answer",
  long_text: "a longer description",
  email: "an email address",
  choice: "one of a list",
  date: "a date",
  checkbox: "a tick box",
  file: "a file",
} as const;

export type FormFieldKind = keyof typeof formFieldKinds;
/** `isRequired` missing (forms made before it existed) means required. */
export type FormField = { label: string; kind: FormFieldKind; isRequired?: boolean; choices?: string[] };

export const isRequired = (field: FormField) => field.isRequired !== false;

const kindNames = Object.keys(formFieldKinds) as FormFieldKind[];

/**
 * One line of the builder: "Label | kind", then "optional" if it may be left empty, and for a
 * choice the choices, comma-separated: "Product | choice | Web, iOS, Android".
 */
export const formFieldLineSchema = z.string().transform((line, context): FormField => {
  const [label = "", kind = "text", ...rest] = line.split("|").map((part) => part.trim());
  const flags = rest.filter((part) => /^(optional|required)$/i.test(part));
  const choices = (rest.find((part) => !/^(optional|required)$/i.test(part)) ?? "")
    .split(",")
    .map((choice) => choice.trim().slice(0, 120))
    .filter(Boolean);
  if (!label || !(kindNames as string[]).includes(kind)) {
    context.addIssue({ code: "custom", message: `“${line.trim()}” should read “Label | kind”, the kind one of ${kindNames.join(", ")}.` });
    return z.NEVER;
  }
  if (kind === "choice" && choices.length < 2) {
    context.addIssue({ code: "custom", message: `“${label}” is a choice: list at least two, like “${label} | choice | Yes, No”.` });
    return z.NEVER;
  }
  return {
    label: label.slice(0, 120),
    kind: kind as FormFieldKind,
    isRequired: !flags.some((flag) => flag.toLowerCase() === "optional"),
    ...(kind === "choice" ? { choices: [...new Set(choices)].slice(0, 50) } : {}),
  };
});

/** The builder's line for a field (what the console shows to edit). */
export function formFieldLine(field: FormField) {
  return [field.label, field.kind, ...(isRequired(field) ? [] : ["optional"]), ...(field.choices ? [field.choices.join(", ")] : [])].join(
    " | ",
  );
}

const answerText: Record<Exclude<FormFieldKind, "choice">, z.ZodType<string>> = {
  text: z.string().trim().max(500, "Keep this under 500 characters."),
  long_text: z.string().trim().max(5000, "Keep this under 5,000 characters."),
  email: z.string().trim().toLowerCase().max(320).email("Enter an email address, like name@example.com."),
  date: z.iso.date("Enter a date, like 2026-12-01."),
  // A tick box sends "on" when ticked and nothing when not.
  checkbox: z.enum(["on", ""]).transform((value) => (value === "on" ? "Yes" : "No")),
  // A file's answer is its name; the file itself goes up to the ticket once it exists.
  file: z.string().trim().max(200, "Give the file a shorter name."),
};

/** An answer checked against its field: the text to file, or what is wrong with it. */
export function checkAnswer(field: FormField, raw: string): { ok: true; text: string } | { ok: false; error: string } {
  const isEmpty = field.kind === "checkbox" ? raw !== "on" : !raw.trim();
  if (isEmpty && isRequired(field))
    return { ok: false, error: field.kind === "checkbox" ? `Tick “${field.label}” to send the form.` : `Answer “${field.label}”.` };
  if (isEmpty && field.kind !== "checkbox") return { ok: true, text: "—" };
  if (field.kind === "choice")
    return field.choices?.includes(raw.trim())
      ? { ok: true, text: raw.trim() }
      : { ok: false, error: `Choose one of the listed answers for “${field.label}”.` };
  const parsed = answerText[field.kind].safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  return { ok: true, text: field.kind === "file" ? `(attached: ${parsed.data})` : parsed.data };
}
