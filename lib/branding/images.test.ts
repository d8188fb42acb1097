import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, processBrandImage } from "./images";

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny file whose header claims 50,000 × 50,000 pixels. */
function pixelBomb() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(50_000, 0);
  header.writeUInt32BE(50_000, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const svg = (inner: string, attributes = "") =>
  Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" ${attributes}>${inner}</svg>`);

describe("branding uploads", () => {
  it("re-encodes a real image, resized to fit, under a name made from its content", async () => {
    const photo = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    const result = await processBrandImage("logo", photo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({ contentType: "image/png", width: 800, height: 267 });
    expect(result.image.name).toMatch(/^[0-9a-f]{32}\.png$/);
    expect((await sharp(result.image.bytes).metadata()).format).toBe("png");
  });

  it("refuses a renamed HTML file, whatever its name", async () => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
    expect(await processBrandImage("logo", html)).toEqual({ ok: false, error: "not_an_image" });
  });

  it("refuses SVGs with scripts, event handlers, embedded HTML or outside links", async () => {
    for (const unsafe of [
      svg('<script>alert(1)</script><rect width="10" height="10"/>'),
      svg('<rect width="10" height="10"/>', 'onload="alert(1)"'),
      svg('<foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml">Hi</div></foreignObject>'),
      svg('<image href="https://tracker.example/pixel.png" width="10" height="10"/>'),
      svg('<a href="javascript:alert(1)"><rect width="10" height="10"/></a>'),
    ]) {
      expect(await processBrandImage("logo", unsafe), unsafe.toString()).toEqual({ ok: false, error: "unsafe_svg" });
    }
  });

  it("rasterises a plain SVG", async () => {
    const result = await processBrandImage(
      "logo",
      svg(
        '<rect width="120" height="40" fill="#0a7"/>',
        'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3"',
      ),
    );
    expect(result.ok && result.image.contentType).toBe("image/png");
  });

  it("refuses files over the size limit and pixel bombs, cleanly", async () => {
    expect(await processBrandImage("splash", Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, error: "too_large" });
    const started = performance.now();
    expect(await processBrandImage("splash", pixelBomb())).toEqual({ ok: false, error: "too_many_pixels" });
    expect(performance.now() - started).toBeLessThan(5000); // refused from the header, not after decoding 2.5 gigapixels
  });
});
