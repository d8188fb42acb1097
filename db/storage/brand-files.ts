import "server-only";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/env";

// Where branding images live: a local folder by default, any S3-compatible store when
// BRAND_S3_BUCKET is set. Names are content hashes made by the upload, so a file never changes
// under its name and can be cached for a year.

export type BrandFile = { bytes: Buffer; contentType: string };
type BrandFileStore = { put(name: string, file: BrandFile): Promise<void>; get(name: string): Promise<BrandFile | null> };

const NAME = /^[0-9a-f]{32}\.(png|webp)$/;
const typeOf = (name: string) => (name.endsWith(".png") ? "image/png" : "image/webp");

/** Only names the upload could have made; anything else (a path, "..") is simply not there. */
export function isBrandFileName(name: string) {
  return NAME.test(name);
}

function localStore(folder: string): BrandFileStore {
  const root = path.resolve(folder);
  return {
    async put(name, file) {
      await mkdir(root, { recursive: true });
      await writeFile(path.join(root, name), file.bytes);
    },
    async get(name) {
      try {
        return { bytes: await readFile(path.join(root, name)), contentType: typeOf(name) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

function s3Store(bucket: string): BrandFileStore {
  const credentials =
    env.BRAND_S3_ACCESS_KEY_ID && env.BRAND_S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.BRAND_S3_ACCESS_KEY_ID, secretAccessKey: env.BRAND_S3_SECRET_ACCESS_KEY }
      : undefined;
  // Path-style addressing works with MinIO, R2 and most other S3-compatible stores.
  const client = new S3Client({
    region: env.BRAND_S3_REGION,
    endpoint: env.BRAND_S3_ENDPOINT,
    forcePathStyle: Boolean(env.BRAND_S3_ENDPOINT),
    credentials,
  });
  return {
    async put(name, file) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `brand/${name}`,
          Body: file.bytes,
          ContentType: file.contentType,
          CacheControl: "public, max-age=31536000, immutable",
        }),
      );
    },
    async get(name) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `brand/${name}` }));
        return { bytes: Buffer.from(await object.Body!.transformToByteArray()), contentType: typeOf(name) };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
  };
}

let store: BrandFileStore | undefined;

/** The configured store, made on first use. */
export function brandFiles(): BrandFileStore {
  store ??= env.BRAND_S3_BUCKET ? s3Store(env.BRAND_S3_BUCKET) : localStore(env.BRAND_FILES_DIR);
  return store;
}

/** Reads a stored file by a name the upload made; null for any other name. */
export async function readBrandFile(name: string) {
  return isBrandFileName(name) ? brandFiles().get(name) : null;
}
