import { z } from "zod";
import { centsFromText, pricedTotals, taxBasisPointsFromText, type PricedLine } from "@/lib/money";

// Pieces of the staff record forms' Zod schemas, so every module reads amounts and dates alike.

/** "1,250.50" or "1250" → 125050 cents. */
export const moneySchema = z.string().transform((value, context) => {
  const cents = centsFromText(value);
  if (cents !== null) return cents;
  context.addIssue({ code: "custom", message: "Enter an amount such as 1250 or 1250.50." });
  return z.NEVER;
});

/** An optional date from <input type="date">: empty means none. */
export const optionalDateSchema = z
  .string()
  .trim()
  .transform((value) => value || null)
  .pipe(z.iso.date("Enter a date as YYYY-MM-DD.").nullable());

export const requiredDateSchema = z.iso.date("Enter a date as YYYY-MM-DD.");

export const titleSchema = (label: string) =>
  z.string().trim().min(1, `${label} is required.`).max(200, `${label} must be at most 200 characters.`);

/** A staff manager picked from a list; empty means nobody. */
export const managerSchema = z
  .string()
  .transform((value) => value || null)
  .pipe(z.uuid("Choose a manager from the list.").nullable());

/** The record a new one is made on (a task's project, a time entry's contract); empty means none. */
export const parentIdSchema = z
  .union([z.literal(""), z.uuid("This form was incomplete. Reload the page and try again.")])
  .optional()
  .transform((value) => value || undefined);

export const accountNumberSchema = z.string().trim().min(1, "Enter the client account's number.").max(60);

/** Comma-separated tags → a clean, de-duplicated list. */
export const tagsSchema = z
  .string()
  .max(1000)
  .transform((value) => [
    ...new Set(
      value
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(60, "Keep each tag under 60 characters.")).max(30, "Use at most 30 tags."));

/** The line rows of an invoice or quote form; rows left blank are dropped. */
export const linesSchema = z
  .array(
    z.object({
      description: z.string().trim().max(500, "Keep each line under 500 characters."),
      quantity: z.string().trim(),
      unitPrice: z.string().trim(),
      taxRate: z.string().trim().max(20).default(""),
    }),
  )
  .max(50)
  // A row with neither a description nor a price is an empty row (the editor fills in quantity 1).
  .transform((rows) => rows.filter((row) => row.description || row.unitPrice))
  .pipe(
    z.array(
      z.object({
        description: z.string().min(1, "Each line needs a description."),
        quantity: z
          .string()
          .regex(/^\d{1,6}$/, "Enter each line's quantity as a whole number.")
          .transform(Number)
          .pipe(z.number().min(1, "Quantities start at 1.")),
        unitPrice: moneySchema,
        taxRate: z
          .string()
          .transform((text) => taxBasisPointsFromText(text))
          .pipe(z.number({ message: "Enter each line's tax as a percentage from 0 to 100, such as 20, or leave it empty." })),
      }),
    ),
  )
  .transform((rows) =>
    rows.map((row) => ({ description: row.description, quantity: row.quantity, unitCents: row.unitPrice, taxBasisPoints: row.taxRate })),
  );

/** What a client pays for these lines, tax included (kept with the record so lists need no aggregate). */
export function totalOf(lines: PricedLine[]) {
  return pricedTotals(lines).totalCents;
}

/** A client contact named by email on a staff form (who opened a ticket, whom a task is for); empty for nobody. */
export const contactEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .transform((value) => value || null);
