"use client";

import { Plus, Trash2 } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import { centsFromText, lineAmounts, pricedTotals, quantityFromText, taxBasisPointsFromText, type PricedLine } from "@/lib/money";

export type LineValue = { description: string; quantity: string; unitPrice: string; taxRate: string };

const MAX_LINES = 50;
// A new line takes the tax rate of the line above it: most invoices charge one rate throughout.
const blank = (taxRate = ""): LineValue => ({ description: "", quantity: "1", unitPrice: "", taxRate });
// Rows are told apart by a number of their own, so removing one keeps what was typed in the others.
let lastKey = 0;
const keyed = (line: LineValue) => ({ ...line, key: ++lastKey });
const input = "block min-h-10 w-full rounded-md border border-zinc-300 px-2 py-1";

// An invoice's or quote's lines: add and remove rows, each line's amount and the total worked out
// as they are typed (the server works them out again from what is saved).
export function LineEditor({ label, rows, error, currency }: { label: string; rows: LineValue[]; error?: string; currency: string }) {
  const [lines, setLines] = useState(() => (rows.length ? rows : [blank()]).map(keyed));
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  // A line added by its button is where the next typing goes (keyboard users land in it).
  const [focusLast, setFocusLast] = useState(false);
  useEffect(() => {
    if (!focusLast) return;
    setFocusLast(false);
    listRef.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus();
  }, [focusLast]);
  const pricedOf = (line: LineValue): PricedLine | null => {
    const quantity = quantityFromText(line.quantity);
    const unitCents = centsFromText(line.unitPrice);
    const taxBasisPoints = taxBasisPointsFromText(line.taxRate);
    return quantity !== null && unitCents !== null && taxBasisPoints !== null ? { quantity, unitCents, taxBasisPoints } : null;
  };
  const amountsOf = (line: LineValue) => {
    const priced = pricedOf(line);
    return priced ? lineAmounts(priced) : null;
  };
  // Lines not yet readable count for nothing until they are.
  const totals = pricedTotals(lines.map(pricedOf).filter((line) => line !== null));
  const change = (index: number, part: keyof LineValue, value: string) =>
    setLines((current) => current.map((line, at) => (at === index ? { ...line, [part]: value } : line)));
  return (
    <fieldset className="sm:col-span-2" aria-describedby={error ? `${headingId}-error` : undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {error ? (
        <p id={`${headingId}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-2 hidden grid-cols-[1fr_5rem_7rem_5rem_7rem_2.75rem] gap-2 text-xs font-medium text-zinc-600 sm:grid" aria-hidden>
        <span>Description</span>
        <span>Quantity</span>
        <span>Unit price</span>
        <span>Tax %</span>
        <span className="text-right">Amount</span>
      </div>
      <ol ref={listRef} className="mt-1 space-y-3 sm:space-y-2">
        {lines.map((line, index) => {
          const amounts = amountsOf(line);
          const name = (part: string) => `lines.${index}.${part}`;
          return (
            <li
              key={line.key}
              className="grid grid-cols-[1fr_1fr_1fr_2.75rem] gap-2 sm:grid-cols-[1fr_5rem_7rem_5rem_7rem_2.75rem] sm:items-center"
            >
              <input
                aria-label={`Line ${index + 1} description`}
                name={name("description")}
                value={line.description}
                onChange={(event) => change(index, "description", event.target.value)}
                className={`${input} col-span-4 sm:col-span-1`}
              />
              <input
                aria-label={`Line ${index + 1} quantity`}
                name={name("quantity")}
                value={line.quantity}
                onChange={(event) => change(index, "quantity", event.target.value)}
                inputMode="numeric"
                className={input}
              />
              <input
                aria-label={`Line ${index + 1} unit price`}
                name={name("unitPrice")}
                value={line.unitPrice}
                onChange={(event) => change(index, "unitPrice", event.target.value)}
                inputMode="decimal"
                className={input}
              />
              <input
                aria-label={`Line ${index + 1} tax %`}
                name={name("taxRate")}
                value={line.taxRate}
                onChange={(event) => change(index, "taxRate", event.target.value)}
                inputMode="decimal"
                placeholder="0"
                className={input}
              />
              <output className="col-span-3 text-sm tabular-nums sm:col-span-1 sm:text-right" aria-label={`Line ${index + 1} amount`}>
                {amounts === null ? "—" : formatMoney(amounts.netCents, currency)}
              </output>
              <Button
                variant="ghost"
                className="size-11 px-0"
                aria-label={`Remove line ${index + 1}`}
                onClick={() => setLines((current) => (current.length > 1 ? current.filter((_, at) => at !== index) : [keyed(blank())]))}
              >
                <Trash2 aria-hidden className="size-4" />
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <Button
          variant="secondary"
          disabled={lines.length >= MAX_LINES}
          onClick={() => {
            setLines((current) => [...current, keyed(blank(current.at(-1)?.taxRate))]);
            setFocusLast(true);
          }}
        >
          <Plus aria-hidden className="size-4" />
          Add a line
        </Button>
        <div className="text-right tabular-nums" aria-live="polite">
          {totals.taxCents ? (
            <p className="text-sm text-ink-muted">
              Subtotal {formatMoney(totals.subtotalCents, currency)} · Tax {formatMoney(totals.taxCents, currency)}
            </p>
          ) : null}
          <p className="text-base font-semibold">
            Total <output>{formatMoney(totals.totalCents, currency)}</output>
          </p>
        </div>
      </div>
    </fieldset>
  );
}
