import { parse } from "csv-parse/sync";
import { z } from "zod";

// The contacts spreadsheet: one row per person at an account (a person at two accounts has two
// rows). Parsing and checking are pure, so the preview can show every problem before anything is written.

export const CSV_COLUMNS = ["account_number", "account_name", "billing_postcode", "email", "name", "password_hash"] as const;
const REQUIRED = ["account_number", "account_name", "email"] as const;
export const MAX_IMPORT_ROWS = 200_000;

export type ContactRow = {
  line: number;
  accountNumber: string | null;
  accountName: string | null;
  billingPostcode: string | null;
  email: string | null;
  name: string | null;
  passwordHash: string | null;
  error: string | null;
};

const emailSchema = z.email().max(320);
// Hashes a previous website may hand over: bcrypt ($2a$/$2b$/$2y$) or any argon2 variant.
const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;
const ARGON2 = /^\$argon2(id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;

export function parseContactsCsv(text: string): { rows: ContactRow[] } | { error: string } {
  const records = readRecords(text.replace(/^\uFEFF/, ""));
  const [first, ...body] = records;
  if (!first) return { error: "The file is empty. The first line must name the columns." };
  if (first.problem) return { error: `The first line, which names the columns, is not valid CSV: ${first.problem}` };
  const header = first.cells;
  const columns = header.map((name) => name.toLowerCase().replace(/\s+/g, "_"));
  const unknown = columns.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    return { error: `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The columns are: ${CSV_COLUMNS.join(", ")}.` };
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0) return { error: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` };
  if (body.length > MAX_IMPORT_ROWS)
    return {
      error: `The file has ${body.length.toLocaleString("en-GB")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} at a time.`,
    };

  const firstLineOf = new Map<string, number>();
  const rows = body.map(({ cells, problem }, index) => {
    const line = index + 2;
    const cell = (name: string) => {
      const value = cells[columns.indexOf(name)]?.trim();
      return value ? value : null;
    };
    const email = cell("email")?.toLowerCase() ?? null;
    const row: ContactRow = {
      line,
      accountNumber: cell("account_number"),
      accountName: cell("account_name"),
      billingPostcode: cell("billing_postcode"),
      email,
      name: cell("name") ?? email?.split("@")[0] ?? null,
      passwordHash: cell("password_hash"),
      error: null,
    };
    row.error = problem ? `This line is not valid CSV: ${problem}` : problemWith(row, cells.length, header.length);
    // A person may appear once per account; the same email at the same account twice is a duplicate.
    const key = `${email}|${row.accountNumber}`;
    if (!row.error && email) {
      const first = firstLineOf.get(key);
      if (first) row.error = `Duplicate of line ${first} (same email at the same account).`;
      else firstLineOf.set(key, line);
    }
    return row;
  });
  return { rows };
}

type CsvRecord = { cells: string[]; problem?: string };

/**
 * The file's records, blank lines left out. A file that does not parse whole (a stray quote) is
 * read line by line instead, so one malformed line is refused alone and the others still count.
 */
function readRecords(text: string): CsvRecord[] {
  const options = { skip_empty_lines: true, relax_column_count: true, trim: true } as const;
  try {
    return (parse(text, options) as string[][]).map((cells) => ({ cells }));
  } catch {
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        try {
          return { cells: (parse(line, options) as string[][])[0] ?? [] };
        } catch (error) {
          return { cells: [], problem: csvProblem(error) };
        }
      });
  }
}

function csvProblem(error: unknown) {
  const code = (error as { code?: string }).code;
  if (code === "CSV_QUOTE_NOT_CLOSED") return 'a quote (") is opened and never closed.';
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "INVALID_OPENING_QUOTE")
    return 'a quote (") sits inside a cell that does not start with one. Put the whole cell in quotes and double the quote inside.';
  return "its cells cannot be told apart.";
}

function problemWith(row: ContactRow, cellCount: number, headerCount: number): string | null {
  if (cellCount !== headerCount) return `Has ${cellCount} cells; the header has ${headerCount}.`;
  if (!row.email) return "No email address.";
  if (!emailSchema.safeParse(row.email).success) return `“${row.email}” is not a valid email address.`;
  if (!row.accountNumber) return "No account number.";
  if (!row.accountName) return "No account name.";
  if (row.passwordHash && !BCRYPT.test(row.passwordHash) && !ARGON2.test(row.passwordHash)) {
    return "The password hash is neither bcrypt ($2a$/$2b$/$2y$) nor argon2.";
  }
  for (const value of [row.accountNumber, row.accountName, row.billingPostcode, row.name]) {
    if (value && value.length > 300) return "A cell is longer than 300 characters.";
  }
  return null;
}

/**
 * A cell as a spreadsheet will read it safely: text starting with = + - @ or a tab or carriage
 * return would run as a formula, so it gets a leading apostrophe.
 */
export function spreadsheetSafe(value: string | null | undefined): string {
  if (!value) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
