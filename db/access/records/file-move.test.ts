import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { files, projects } from "@/db/schema";
import { fileStore, readAll } from "@/db/storage/file-store";
import { createContactViewer } from "../../testing/fixtures";
import { unsafeMoveFilesToStore } from "./file-move";

// Files kept in PostgreSQL before the file store move out without losing a byte.

describe("moving files out of the database", () => {
  it("copies each file to the store, checks it, then empties the column; running again moves nothing more", async () => {
    const client = await createContactViewer();
    const [project] = await db.insert(projects).values({ accountId: client.accountId, name: "Old files" }).returning({ id: projects.id });
    const contents = [randomBytes(3000), randomBytes(10), Buffer.from("plain old text")];
    const rows = await db
      .insert(files)
      .values(
        contents.map((content, index) => ({
          accountId: client.accountId,
          objectType: "project" as const,
          objectId: project!.id,
          name: `old-${index}.bin`,
          contentType: "application/octet-stream",
          sizeBytes: content.length,
          content,
        })),
      )
      .returning({ id: files.id });
    while ((await unsafeMoveFilesToStore()) > 0);
    const moved = await db
      .select()
      .from(files)
      .where(
        inArray(
          files.id,
          rows.map((row) => row.id),
        ),
      );
    for (const [index, row] of rows.entries()) {
      const file = moved.find((candidate) => candidate.id === row.id)!;
      expect(file).toMatchObject({ content: null, storageKey: `attachments/${row.id}` });
      expect(await readAll((await fileStore().get(file.storageKey!))!)).toEqual(contents[index]);
    }
    expect(await unsafeMoveFilesToStore()).toBe(0);
    const [again] = await db.select({ content: files.content }).from(files).where(eq(files.id, rows[0]!.id));
    expect(again!.content).toBeNull();
  });
});
