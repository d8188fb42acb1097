import { describe, expect, it } from "vitest";
import { isDemoDataOn } from "./demo-data";

describe("DEMO_DATA", () => {
  it("defaults to on for npm run dev and off for npm start", () => {
    expect(isDemoDataOn("dev", undefined)).toBe(true);
    expect(isDemoDataOn("start", undefined)).toBe(false);
  });

  it("is what the variable says when set, for either command", () => {
    expect(isDemoDataOn("start", "on")).toBe(true);
    expect(isDemoDataOn("dev", "off")).toBe(false);
  });
});
