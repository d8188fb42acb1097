import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { invoiceLines, invoices, quoteLines, quotes } from "@/db/schema";

// What invoices and quotes share: a number nobody else's has, and priced lines kept in order,
// replaced whole on every save. Callers have checked the viewer.

const priced = {
  invoice: { table: invoices, lines: invoiceLines, owner: invoiceLines.invoiceId, label: "Invoice" },
  quote: { table: quotes, lines: quoteLines, owner: quoteLines.quoteId, label: "Quote" },
} as const;

type PricedKind = keyof typeof priced;
type Line = { description: string; quantity: number; unitCents: number; taxBasisPoints: number };

/** A record's lines, in order (inside a read that has checked the viewer). */
export function linesOf(executor: Database | Transaction, kind: PricedKind, id: string): Promise<Line[]> {
  const { lines, owner } = priced[kind];
  return executor
    .select({ description: lines.description, quantity: lines.quantity, unitCents: lines.unitCents, taxBasisPoints: lines.taxBasisPoints })
    .from(lines)
    .where(eq(owner, id))
    .orderBy(asc(lines.position));
}

/** The problem with a number another record of the kind already has, if it does. */
export async function numberProblem(tx: Transaction, kind: PricedKind, number: string, id: string | null) {
  const { table, label } = priced[kind];
  const [taken] = await tx.select({ id: table.id }).from(table).where(eq(table.number, number));
  return taken && taken.id !== id ? `${label} ${number} already exists. Choose another number.` : undefined;
}

/** Replaces a record's lines with these, in this order. */
export async function replaceLines(tx: Transaction, kind: PricedKind, id: string, rows: Line[]) {
  const { lines, owner } = priced[kind];
  await tx.delete(lines).where(eq(owner, id));
  if (!rows.length) return;
  const ordered = rows.map((line, position) => ({ ...line, position }));
  if (kind === "invoice") await tx.insert(invoiceLines).values(ordered.map((line) => ({ ...line, invoiceId: id })));
  else await tx.insert(quoteLines).values(ordered.map((line) => ({ ...line, quoteId: id })));
}
