import { describe, expect, it } from "vitest";
import { AA_TEXT, contrastRatio, nearestPassing, readableOn } from "./colour";

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1, just passing AA.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_TEXT);
  });

  it("picks black or white text for any fill, always readable", () => {
    expect(readableOn("#1d4ed8")).toBe("#ffffff");
    expect(readableOn("#facc15")).toBe("#000000");
    for (const fill of ["#777777", "#808080", "#ff0000", "#00ff00", "#0000ff"])
      expect(contrastRatio(readableOn(fill), fill)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it("offers the nearest passing colour, and leaves passing ones alone", () => {
    expect(nearestPassing("#1d4ed8", "#ffffff")).toBe("#1d4ed8");
    const fixed = nearestPassing("#7dd3fc", "#ffffff"); // light sky blue on white fails
    expect(contrastRatio(fixed, "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(fixed, "#ffffff")).toBeLessThan(5); // the nearest, not the darkest
    const onDark = nearestPassing("#334155", "#0f172a"); // slate on near-black: lightened
    expect(contrastRatio(onDark, "#0f172a")).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
