import { clampChroma, formatHex, oklch, parse, wcagContrast } from "culori";

// Colour arithmetic for branding: WCAG 2.2 contrast, and the nearest colour that passes. Pure, so
// the designer's live preview and the server's rendering agree.

/** WCAG 2.2 AA for normal-size text. */
export const AA_TEXT = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string) {
  return HEX.test(value);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string) {
  return wcagContrast(foreground, background);
}

/** Black or white, whichever reads better on this colour (one of them always reaches 4.5:1). */
export function readableOn(background: string) {
  return contrastRatio("#000000", background) >= contrastRatio("#ffffff", background) ? "#000000" : "#ffffff";
}

/**
 * The colour closest to `foreground` (same hue and chroma where possible, only lightness changed)
 * that reaches `minimum` against `background`. The foreground itself when it already does.
 */
export function nearestPassing(foreground: string, background: string, minimum = AA_TEXT): string {
  if (contrastRatio(foreground, background) >= minimum) return formatHex(parse(foreground)!)!;
  const start = oklch(parse(foreground)!)!;
  const candidates = ([0, 1] as const).flatMap((target) => {
    const found = searchLightness(start, target, background, minimum);
    return found ? [found] : [];
  });
  // Both directions can pass (a mid-grey background): take the smaller change of lightness.
  candidates.sort((a, b) => Math.abs(a.l - start.l) - Math.abs(b.l - start.l));
  const best = candidates[0];
  return best ? toHex(best) : readableOn(background);
}

type Oklch = NonNullable<ReturnType<typeof oklch>>;

/** Binary search on lightness between the colour and black (0) or white (1): contrast grows monotonically that way. */
function searchLightness(start: Oklch, target: 0 | 1, background: string, minimum: number): Oklch | null {
  const at = (l: number): Oklch => ({ ...start, l });
  if (contrastRatio(toHex(at(target)), background) < minimum) return null;
  let near = start.l;
  let far = target as number;
  for (let step = 0; step < 24; step++) {
    const middle = (near + far) / 2;
    if (contrastRatio(toHex(at(middle)), background) >= minimum) far = middle;
    else near = middle;
  }
  return at(far);
}

function toHex(colour: Oklch) {
  return formatHex(clampChroma(colour, "oklch"))!;
}
