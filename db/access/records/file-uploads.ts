import "server-only";
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { z } from "zod";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { fileStore } from "@/db/storage/file-store";
import { env } from "@/env";
import { contentTypeOf } from "@/lib/files/content-type";
import { measuringStream, TooLargeError } from "@/lib/files/upload-stream";
import { recordKindList, recordKinds } from "@/lib/record-kinds";
import { recordActivity } from "../collaboration/activity";
import { addFollowers, unsafeFollowersOf } from "../collaboration/followers";
import { notify } from "../collaboration/notify";
import { findThread } from "../collaboration/threads";
import { isUuid } from "../kit/ids";
import { actingAs, can } from "../permissions/resolver";
import { fileNameSchema } from "./files";
import { auditClientChange, auditRecordSaved, earlierRecord, rememberRecord } from "./save";
import { assertStaff, type Viewer } from "../viewer/viewer";

// Uploading a file to a record, from the portal (a client with "upload files" on a record they may
// see) or the console. The bytes stream into the file store under a key the server makes; the row
// that makes the file visible is written after, with its activity and notifications, once per
// request key. A file that was stored but whose row could not be written is removed again.

export const uploadSchema = z.object({
  type: z.enum(recordKindList, "Say which kind of record the file is for."),
  id: z.uuid("Say which record the file is for."),
  name: fileNameSchema,
  requestKey: z.uuid("Each upload needs its own key; reload the page."),
});
export type UploadInput = z.infer<typeof uploadSchema>;
export type UploadResult = { ok: true; id: string; name: string } | { ok: false; error: "not_found" | "too_large" | "empty" };

export const maxUploadBytes = () => env.MAX_UPLOAD_MB * 1024 * 1024;

/** The record, when the viewer may upload to it: staff to any; a contact with "upload files" there, to one they may see, never while viewed as. */
async function uploadTarget(viewer: Viewer, type: UploadInput["type"], id: string) {
  if (!isUuid(id)) return null;
  if (viewer.kind === "staff") {
    assertStaff(viewer);
    return findThread(db, type, id);
  }
  if (viewer.viewAs) return null;
  const [record, allowed] = await Promise.all([findThread(db, type, id, actingAs(viewer)), can(viewer, "files.upload", { type, id })]);
  return allowed ? record : null;
}

/** Anyone signed in: may they upload to this record (for showing the drop zone)? */
export async function mayUploadTo(viewer: Viewer, type: UploadInput["type"], id: string) {
  return Boolean(await uploadTarget(viewer, type, id));
}

export async function uploadFile(viewer: Viewer, input: UploadInput, body: Readable): Promise<UploadResult> {
  const record = await uploadTarget(viewer, input.type, input.id);
  if (!record) {
    body.resume();
    return { ok: false, error: "not_found" };
  }
  const id = randomUUID();
  const key = `attachments/${id}`;
  const stored = await storeIncoming(key, body);
  if (!stored.ok) return stored;
  const { size, sha256, contentType } = stored;
  const store = fileStore();
  try {
    const saved = await db.transaction(async (tx) => {
      const earlier = await earlierRecord(tx, viewer, input.requestKey, "file-upload");
      if (earlier) return { id: earlier, isRetry: true };
      await tx.insert(files).values({
        id,
        accountId: record.accountId,
        objectType: record.type,
        objectId: record.id,
        name: input.name,
        contentType,
        sizeBytes: size,
        storageKey: key,
        sha256,
        uploadedBy: viewer.userId,
      });
      if (viewer.kind === "staff") await auditRecordSaved(tx, viewer, { type: "file", id, accountId: record.accountId, isNew: true });
      else await auditClientChange(tx, viewer, { action: "record.created", type: record.type, id: record.id, what: "file" });
      if (viewer.kind === "contact") await addFollowers(tx, record, [viewer.userId]);
      await recordActivity(tx, { ...record, actorId: viewer.userId, verb: "uploaded", title: record.title });
      const noun = recordKinds[record.type].noun;
      await notify(tx, {
        kind: "files",
        record,
        to: [record.managerId, ...(await unsafeFollowersOf(tx, record.id))],
        actorId: viewer.userId,
        headline: `${viewer.name} uploaded “${input.name}” to the ${noun} “${record.title}”`,
        actionLabel: `See the ${noun}`,
      });
      await rememberRecord(tx, input.requestKey, id);
      return { id, isRetry: false };
    });
    if (saved.isRetry) await store.remove(key);
    return { ok: true, id: saved.id, name: input.name };
  } catch (error) {
    await store.remove(key).catch(() => {});
    throw error;
  }
}

/**
 * Streams a body into the file store under the key, measuring it: its size, SHA-256 and type (read
 * from its first bytes). Too large or empty, nothing is kept.
 */
export async function storeIncoming(
  key: string,
  body: Readable,
): Promise<{ ok: true; size: number; sha256: string; contentType: string } | { ok: false; error: "too_large" | "empty" }> {
  const measured = measuringStream(maxUploadBytes());
  const store = fileStore();
  // A body that fails half-way (the browser went away) fails the store's write too; the store's
  // own pipeline reports the error, so the stream needs no other listener to keep it handled.
  body.once("error", (error) => measured.stream.destroy(error));
  measured.stream.on("error", () => {});
  try {
    await store.put(key, body.pipe(measured.stream), "application/octet-stream");
  } catch (error) {
    await store.remove(key).catch(() => {});
    if (error instanceof TooLargeError || (error as { cause?: unknown }).cause instanceof TooLargeError)
      return { ok: false, error: "too_large" };
    throw error;
  }
  const { size, sha256, head } = measured.result();
  if (size === 0) {
    await store.remove(key);
    return { ok: false, error: "empty" };
  }
  return { ok: true, size, sha256, contentType: await contentTypeOf(head) };
}
