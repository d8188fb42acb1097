import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { fileStore, readAll } from "@/db/storage/file-store";

// Files uploaded before the file store kept their bytes in the database. The worker moves them
// out a few at a time: write to the store, read back and compare the SHA-256, and only then point
// the row at the store and empty its column, so a crash at any step loses nothing (the row keeps
// its bytes until the copy is proved). Safe to run on several workers at once.

const BATCH = 10;

/** Worker only: moves up to one batch; answers how many it moved. */
export async function unsafeMoveFilesToStore(): Promise<number> {
  return db.transaction(async (tx) => {
    // Rows another worker is moving are skipped, not waited for.
    const batch = await tx
      .select({ id: files.id, content: files.content })
      .from(files)
      .where(and(isNull(files.storageKey), isNotNull(files.content)))
      .orderBy(asc(files.createdAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const store = fileStore();
    for (const file of batch) {
      const key = `attachments/${file.id}`;
      const sha256 = hashOf(file.content!);
      await store.put(key, file.content!, "application/octet-stream");
      const copy = await store.get(key);
      if (!copy || hashOf(await readAll(copy)) !== sha256)
        throw new Error(`The stored copy of file ${file.id} does not match; it stays in the database.`);
      await tx
        .update(files)
        .set({ storageKey: key, sha256, content: sql`null` })
        .where(eq(files.id, file.id));
    }
    return batch.length;
  });
}

function hashOf(bytes: Buffer) {
  return createHash("sha256").update(bytes).digest("hex");
}
