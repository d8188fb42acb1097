import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3StandIn } from "../testing/s3-stand-in";
import { readAll, storeAt, type FileStore } from "./file-store";

// The file store, on a local folder and on an S3 server: whole files in and out as streams, a
// failed upload leaving nothing, and only keys the server makes.

let s3: Awaited<ReturnType<typeof startS3StandIn>>;
const stores: Record<string, () => Promise<FileStore>> = {
  "a local folder": async () => storeAt({ folder: await mkdtemp(path.join(tmpdir(), "file-store-")) }),
  "an S3 bucket": async () => storeAt(s3.config),
};

beforeAll(async () => {
  s3 = await startS3StandIn("portal-files");
});
afterAll(() => s3.stop());

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function failingAfter(bytes: Buffer) {
  return new Readable({
    read() {
      this.push(bytes);
      this.destroy(new Error("The browser went away"));
    },
  });
}

describe.each(Object.keys(stores))("the file store on %s", (where) => {
  it("streams a 20 MB file in (several parts on S3) and out unchanged, then removes it", async () => {
    const store = await stores[where]!();
    const key = `attachments/${randomUUID()}`;
    const bytes = randomBytes(20 * 1024 * 1024);
    const chunks = Array.from({ length: 20 }, (_, i) => bytes.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
    await store.put(key, Readable.from(chunks), "application/octet-stream");
    expect(sha(await readAll((await store.get(key))!))).toBe(sha(bytes));
    await store.remove(key);
    expect(await store.get(key)).toBeNull();
  });

  it("keeps nothing of an upload that fails half-way", async () => {
    const store = await stores[where]!();
    const key = `attachments/${randomUUID()}`;
    await expect(store.put(key, failingAfter(randomBytes(1024)), "application/octet-stream")).rejects.toThrow();
    expect(await store.get(key)).toBeNull();
  });

  it("refuses a key it would never make", async () => {
    const store = await stores[where]!();
    await expect(store.put("../../etc/passwd", Buffer.from("x"), "text/plain")).rejects.toThrow("Not a key");
    await expect(store.get("attachments/../../secret")).rejects.toThrow("Not a key");
  });
});
