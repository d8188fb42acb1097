import "server-only";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "@/env";

// The one file store: branding images and every attached file. A local folder by default, any
// S3-compatible bucket when FILES_S3_BUCKET is set. Keys are made by the server ("attachments/<id>",
// "brand/<hash>.png"), never from a name someone typed. Bodies stream in and out: a 100 MB upload
// is never held in memory.

export type FileStore = {
  /** Writes the whole body under the key, or nothing (a failed write leaves no partial file). */
  put(key: string, body: Readable | Buffer, contentType: string, cacheControl?: string): Promise<void>;
  /** The body, or null when there is nothing under the key. */
  get(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
};

const KEY = /^((attachments|sign-offs)\/[0-9a-f-]{36}|brand\/[0-9a-f]{32}\.(png|webp))$/;

function checked(key: string) {
  if (!KEY.test(key)) throw new Error(`Not a key the file store makes: ${key}`);
  return key;
}

function localStore(folder: string): FileStore {
  const root = path.resolve(folder);
  const where = (key: string) => path.join(root, checked(key));
  return {
    async put(key, body) {
      const target = where(key);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${randomUUID()}.partial`;
      try {
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const file = where(key);
      try {
        await stat(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      return createReadStream(file);
    },
    async remove(key) {
      await rm(where(key), { force: true });
    },
  };
}

export type BucketConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

function s3Store({ bucket, region, endpoint, credentials }: BucketConfig): FileStore {
  // Path-style addressing works with MinIO, R2 and most other S3-compatible stores.
  const client = new S3Client({ region, endpoint, forcePathStyle: Boolean(endpoint), credentials });
  return {
    async put(key, body, contentType, cacheControl) {
      // A multipart upload for large bodies (parts of 8 MB); an aborted one leaves no object.
      await new Upload({
        client,
        params: { Bucket: bucket, Key: checked(key), Body: body, ContentType: contentType, CacheControl: cacheControl },
        partSize: 8 * 1024 * 1024,
        queueSize: 2,
      }).done();
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checked(key) }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checked(key) }));
    },
  };
}

let store: FileStore | undefined;

/** The configured store, made on first use. */
export function fileStore(): FileStore {
  store ??= env.FILES_S3_BUCKET ? s3Store(configuredBucket(env.FILES_S3_BUCKET)) : localStore(env.FILES_DIR);
  return store;
}

function configuredBucket(bucket: string): BucketConfig {
  const { FILES_S3_ACCESS_KEY_ID: accessKeyId, FILES_S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return {
    bucket,
    region: env.FILES_S3_REGION,
    endpoint: env.FILES_S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** For tests: a store on another bucket or folder than the configured one. */
export function storeAt(location: BucketConfig | { folder: string }): FileStore {
  return "bucket" in location ? s3Store(location) : localStore(location.folder);
}

/** Reads a whole stored body (small files only: brand images, checks). */
export async function readAll(body: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
