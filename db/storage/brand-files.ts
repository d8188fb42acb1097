import "server-only";
import { fileStore, readAll } from "./file-store";

// Branding images, in the file store under "brand/". Names are content hashes made by the upload,
// so a file never changes under its name and can be cached for a year.

export type BrandFile = { bytes: Buffer; contentType: string };

const NAME = /^[0-9a-f]{32}\.(png|webp)$/;
const typeOf = (name: string) => (name.endsWith(".png") ? "image/png" : "image/webp");

/** Only names the upload could have made; anything else (a path, "..") is simply not there. */
export function isBrandFileName(name: string) {
  return NAME.test(name);
}

export async function putBrandFile(name: string, file: BrandFile) {
  await fileStore().put(`brand/${name}`, file.bytes, file.contentType, "public, max-age=31536000, immutable");
}

/** Reads a stored file by a name the upload made; null for any other name. */
export async function readBrandFile(name: string): Promise<BrandFile | null> {
  if (!isBrandFileName(name)) return null;
  const body = await fileStore().get(`brand/${name}`);
  return body ? { bytes: await readAll(body), contentType: typeOf(name) } : null;
}
