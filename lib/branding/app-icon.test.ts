import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { appIconPng, isAppIconSize } from "./app-icon";

const look = { name: "Northwind", brand: "#1d4ed8", onBrand: "#ffffff" };

describe("app icons", () => {
  it("makes a square PNG of each size from a wide logo, centred on white", async () => {
    const logo = await sharp({ create: { width: 300, height: 100, channels: 4, background: "#ff0000" } })
      .png()
      .toBuffer();
    for (const size of [32, 180, 512] as const) {
      const icon = sharp(await appIconPng({ ...look, logo }, size));
      expect(await icon.metadata()).toMatchObject({ format: "png", width: size, height: size });
      const { data, info } = await icon.raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) =>
        Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
      expect(pixel(0, 0)).toEqual([255, 255, 255]);
      expect(pixel(size / 2, size / 2)).toEqual([255, 0, 0]);
    }
  });

  it("without a logo paints the brand colour", async () => {
    const { data } = await sharp(await appIconPng({ ...look, logo: null }, 32))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // A pixel near the corner, inside the rounded square and outside the letter.
    const at = (3 * 32 + 16) * 4;
    expect(Array.from(data.subarray(at, at + 3))).toEqual([0x1d, 0x4e, 0xd8]);
  });

  it("serves only the sizes it makes", () => {
    expect([32, 180, 192, 512].every(isAppIconSize)).toBe(true);
    expect([0, 31, 1024, Number.NaN].some(isAppIconSize)).toBe(false);
  });
});
