import { formatHex, interpolate } from "culori";
import { AA_TEXT, contrastRatio, nearestPassing, readableOn } from "./colour";

// From the designer's four colours to the colours the portal actually paints, so that no text is
// ever unreadable: a failing pair is replaced by its nearest passing colour when rendering.

export type BrandColours = { primary: string; accent: string; background: string; text: string };

/** WCAG 2.2: 3:1 for bars, outlines and other non-text marks. */
const AA_GRAPHICS = 3;
const WHITE = "#ffffff";

export const builtInSplashes = [
  { key: "harbour", label: "Harbour" },
  { key: "dawn", label: "Dawn" },
  { key: "meadow", label: "Meadow" },
  { key: "slate", label: "Slate" },
  { key: "paper", label: "Paper" },
] as const;
export type BuiltInSplash = (typeof builtInSplashes)[number]["key"];

export function isBuiltInSplash(value: string): value is BuiltInSplash {
  return builtInSplashes.some((splash) => splash.key === value);
}

export type Theme = {
  page: string;
  ink: string;
  inkMuted: string;
  brand: string;
  onBrand: string;
  /** The primary colour as link text on white panels. */
  brandInk: string;
  accent: string;
};

export function themeOf(colours: BrandColours): Theme {
  const ink = nearestPassing(colours.text, colours.background);
  // Secondary text: part-way to the background, but never below AA.
  const softened = formatHex(interpolate([ink, colours.background])(0.3))!;
  return {
    page: colours.background,
    ink,
    inkMuted: nearestPassing(softened, colours.background),
    brand: colours.primary,
    onBrand: readableOn(colours.primary),
    brandInk: nearestPassing(colours.primary, WHITE),
    accent: nearestPassing(colours.accent, WHITE, AA_GRAPHICS),
  };
}

/** The theme as the CSS variables Tailwind's colour utilities read (globals.css holds the defaults). */
export function themeStyle(theme: Theme): Record<string, string> {
  return {
    "--color-page": theme.page,
    "--color-ink": theme.ink,
    "--color-ink-muted": theme.inkMuted,
    "--color-brand": theme.brand,
    "--color-brand-contrast": theme.onBrand,
    "--color-brand-ink": theme.brandInk,
    "--color-accent": theme.accent,
  };
}

export type ContrastCheck = {
  label: string;
  foreground: keyof BrandColours;
  background: string;
  ratio: number;
  minimum: number;
  passes: boolean;
  suggestion: string;
};

/** The pairs a designer is warned about, each with its ratio and the nearest passing colour. */
export function contrastChecks(colours: BrandColours): ContrastCheck[] {
  const pairs: { label: string; foreground: keyof BrandColours; background: string; minimum: number }[] = [
    { label: "Text on the page background", foreground: "text", background: colours.background, minimum: AA_TEXT },
    { label: "Primary colour as link text on white panels", foreground: "primary", background: WHITE, minimum: AA_TEXT },
    { label: "Accent colour for bars and outlines on white", foreground: "accent", background: WHITE, minimum: AA_GRAPHICS },
  ];
  return pairs.map((pair) => {
    const ratio = contrastRatio(colours[pair.foreground], pair.background);
    return {
      ...pair,
      ratio,
      passes: ratio >= pair.minimum,
      suggestion: nearestPassing(colours[pair.foreground], pair.background, pair.minimum),
    };
  });
}

/** Where a stored branding image is served (names change with content, so it caches for a year). */
export function brandFileUrl(name: string) {
  return `/brand/${name}`;
}

/** A built-in background (public/splash) or an uploaded one. */
export function splashUrl(splash: string) {
  return isBuiltInSplash(splash) ? `/splash/${splash}.webp` : brandFileUrl(splash);
}

/** Where an app icon of this look is served; the look is in the address, so a new one is fetched afresh. */
export function appIconUrl(look: { logoFile: string | null; theme: Theme }, size: number) {
  return `/app-icon/${size}?v=${encodeURIComponent(`${look.logoFile ?? "letter"}-${look.theme.brand}`)}`;
}
