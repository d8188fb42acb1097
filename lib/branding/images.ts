import "server-only";
import { createHash } from "node:crypto";
import createDOMPurify from "dompurify";
import { fileTypeFromBuffer } from "file-type";
import { JSDOM } from "jsdom";
import sharp from "sharp";

// Every branding image is checked by its bytes (never its name or the browser's word), decoded
// within a pixel budget, resized and re-encoded by sharp, and stored under a name made from its
// content. SVGs are checked for anything active, then rasterised: no SVG is ever served back.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** 40 megapixels: a 50,000 × 50,000 "pixel bomb" is refused from its header, before decoding. */
export const MAX_INPUT_PIXELS = 40_000_000;

const targets = {
  logo: { width: 800, height: 320, format: "png" },
  header: { width: 2400, height: 600, format: "webp" },
  splash: { width: 2560, height: 1600, format: "webp" },
} as const;
export type ImageKind = keyof typeof targets;
export const imageKinds = Object.keys(targets) as ImageKind[];

export type ProcessedImage = { name: string; bytes: Buffer; contentType: string; width: number; height: number };
export type ImageRefusal = "too_large" | "not_an_image" | "unsafe_svg" | "too_many_pixels" | "unreadable";

export const refusalMessages: Record<ImageRefusal, string> = {
  too_large: "This file is over 5 MB. Export it smaller and try again.",
  not_an_image: "This file is not a PNG, JPEG, WebP or SVG image (whatever its name says).",
  unsafe_svg:
    "This SVG contains scripts, event handlers, embedded content or links to other files. Export it again as plain shapes, or upload a PNG.",
  too_many_pixels: "This image has too many pixels (over 40 megapixels). Resize it and try again.",
  unreadable: "This image could not be read. It may be damaged; export it again.",
};

const rasterTypes = new Set(["image/png", "image/jpeg", "image/webp"]);

/** Checks and converts one upload for a place in the branding. */
export async function processBrandImage(
  kind: ImageKind,
  input: Buffer,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageRefusal }> {
  if (input.length > MAX_UPLOAD_BYTES) return { ok: false, error: "too_large" };
  const sniffed = await fileTypeFromBuffer(input);
  let source: Buffer;
  if (sniffed && rasterTypes.has(sniffed.mime)) source = input;
  else if ((!sniffed || sniffed.mime === "application/xml" || sniffed.ext === "svg") && looksLikeSvg(input)) {
    const clean = cleanSvg(input.toString("utf8"));
    if (!clean) return { ok: false, error: "unsafe_svg" };
    source = Buffer.from(clean);
  } else return { ok: false, error: "not_an_image" };

  const target = targets[kind];
  try {
    const pipeline = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, density: 192 })
      .rotate()
      .resize({ width: target.width, height: target.height, fit: "inside", withoutEnlargement: true });
    const { data, info } = await (
      target.format === "png" ? pipeline.png({ compressionLevel: 9 }) : pipeline.webp({ quality: 82 })
    ).toBuffer({ resolveWithObject: true });
    const name = `${createHash("sha256").update(data).digest("hex").slice(0, 32)}.${target.format}`;
    return { ok: true, image: { name, bytes: data, contentType: `image/${target.format}`, width: info.width, height: info.height } };
  } catch (error) {
    return { ok: false, error: /pixel limit/i.test(String(error)) ? "too_many_pixels" : "unreadable" };
  }
}

function looksLikeSvg(input: Buffer) {
  const head = input
    .subarray(0, 1024)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
}

const window = new JSDOM("").window;
const purify = createDOMPurify(window);
const activeElements = new Set([
  "script",
  "foreignobject",
  "iframe",
  "object",
  "embed",
  "audio",
  "video",
  "handler",
  "listener",
  "set",
  "animate",
]);

/**
 * The SVG with DOMPurify's SVG profile applied, or null if that had to remove anything active:
 * such a file is refused with a reason rather than silently changed. Editor metadata (Inkscape's
 * attributes, comments) is dropped without complaint.
 */
function cleanSvg(text: string): string | null {
  if (/<!ENTITY/i.test(text)) return null;
  const clean = purify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true } });
  const isActive = purify.removed.some((removed) => {
    if ("element" in removed) return activeElements.has((removed.element as Element).nodeName?.toLowerCase() ?? "");
    const name = (removed.attribute as Attr | null)?.name?.toLowerCase() ?? "";
    return name.startsWith("on") || name.endsWith("href");
  });
  // Links to anything but the file itself (external images, javascript:) are refused too.
  const external = /\b(?:xlink:)?href\s*=\s*["'](?!#|data:image\/(?:png|jpeg|webp);)/i.test(clean);
  return isActive || external || !clean.includes("<svg") ? null : clean;
}
