import sharp from "sharp";

// The portal's favicon and app icons, made from the business's logo so a browser tab or a phone's
// home screen shows their mark, not ours. Without a logo: the name's first letter on the brand colour.

export const appIconSizes = [32, 180, 192, 512] as const;
export type AppIconSize = (typeof appIconSizes)[number];

export function isAppIconSize(value: number): value is AppIconSize {
  return (appIconSizes as readonly number[]).includes(value);
}

type IconSource = { logo: Buffer | null; name: string; brand: string; onBrand: string };

export async function appIconPng(source: IconSource, size: AppIconSize): Promise<Buffer> {
  if (!source.logo)
    return sharp(Buffer.from(letterSvg(source, size)))
      .png()
      .toBuffer();
  // A logo is usually wide and drawn for a light page: centred on white with a margin that leaves
  // room for the rounded masks phones cut icons with.
  const inner = Math.round(size * 0.8);
  const logo = await sharp(source.logo)
    .resize(inner, inner, { fit: "contain", background: { r: 255, g: 255, b: 255, alpha: 0 } })
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: "#ffffff" } })
    .composite([{ input: logo, gravity: "center" }])
    .png()
    .toBuffer();
}

function letterSvg({ name, brand, onBrand }: IconSource, size: number) {
  const letter = escapeXml((name.trim()[0] ?? "P").toUpperCase());
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="${brand}"/>
<text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="60" fill="${onBrand}">${letter}</text>
</svg>`;
}

function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
