import { describe, expect, it } from "vitest";
import { centsFromText, pricedTotals, taxBasisPointsFromText, taxRateText } from "./money";

describe("amounts and tax as people type them", () => {
  it("reads prices with separators and symbols into hundredths", () => {
    expect(centsFromText("£1,250.50")).toBe(125050);
    expect(centsFromText("80")).toBe(8000);
    expect(centsFromText("12.345")).toBeNull();
  });

  it("reads a tax rate as a percentage from 0 to 100, empty meaning none", () => {
    expect(taxBasisPointsFromText("20")).toBe(2000);
    expect(taxBasisPointsFromText(" 7.5% ")).toBe(750);
    expect(taxBasisPointsFromText("")).toBe(0);
    expect(taxBasisPointsFromText("100")).toBe(10000);
    for (const bad of ["101", "-5", "twenty", "7.555"]) expect(taxBasisPointsFromText(bad), bad).toBeNull();
    expect(taxRateText(750)).toBe("7.5");
    expect(taxRateText(0)).toBe("");
  });

  it("rounds tax per line and totals the sum before tax and the tax", () => {
    const lines = [
      { quantity: 3, unitCents: 333, taxBasisPoints: 2000 }, // 9.99, tax 1.998 → 2.00
      { quantity: 1, unitCents: 1005, taxBasisPoints: 500 }, // 10.05, tax 0.5025 → 0.50
      { quantity: 2, unitCents: 4550, taxBasisPoints: 0 },
    ];
    expect(pricedTotals(lines)).toEqual({ subtotalCents: 999 + 1005 + 9100, taxCents: 200 + 50, totalCents: 11104 + 250 });
  });
});
