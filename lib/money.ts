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
