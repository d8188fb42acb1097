// Amounts as people type them ("1,250", "£1250.50") into whole hundredths, the same in the browser
// (live totals) and on the server (what is saved).

const TYPED_AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

/** Hundredths, or null when the text is not an amount. */
export function centsFromText(text: string): number | null {
  const bare = text.trim().replace(/[,\s£$€]/g, "");
  return TYPED_AMOUNT.test(bare) ? Math.round(Number(bare) * 100) : null;
}

/** A whole quantity of 1 to 999,999, or null. */
export function quantityFromText(text: string): number | null {
  const bare = text.trim();
  return /^\d{1,6}$/.test(bare) && Number(bare) >= 1 ? Number(bare) : null;
}

/** A tax rate typed as a percentage ("20", "7.5%", "" for none) in hundredths of a percent, or null. */
export function taxBasisPointsFromText(text: string): number | null {
  const bare = text.trim().replace(/%$/, "").trim();
  if (!bare) return 0;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(bare) || Number(bare) > 100) return null;
  return Math.round(Number(bare) * 100);
}

/** A tax rate in hundredths of a percent as people read it: 2000 is "20", 750 is "7.5". */
export function taxRateText(basisPoints: number): string {
  return basisPoints ? String(basisPoints / 100) : "";
}

export type PricedLine = { quantity: number; unitCents: number; taxBasisPoints: number };

/** One line's amount before tax and its tax, rounded per line to the nearest hundredth. */
export function lineAmounts(line: PricedLine) {
  const netCents = line.quantity * line.unitCents;
  return { netCents, taxCents: Math.round((netCents * line.taxBasisPoints) / 10_000) };
}

/** The sum before tax, the tax, and the total a client pays. */
export function pricedTotals(lines: PricedLine[]) {
  let subtotalCents = 0;
  let taxCents = 0;
  for (const line of lines) {
    const amounts = lineAmounts(line);
    subtotalCents += amounts.netCents;
    taxCents += amounts.taxCents;
  }
  return { subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}
