import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { files, signOffFiles, signOffRounds, signOffs } from "@/db/schema";
import { fileStore } from "@/db/storage/file-store";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { earlierRecord, rememberRecord } from "../records/save";
import { storeIncoming, uploadSchema, type UploadResult } from "../records/file-uploads";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import type { RecipientViewer } from "./recipients";

// The files of a sign-off's rounds. Each is the sign-off's own copy in the file store
// (`sign-offs/<id>`), so what was approved is exactly what was sent, whatever later happens to the
// record's file it was picked from. Files are added to and removed from the round being prepared
// only; once it is sent the database refuses any change (migration 0037).

/** Inside a change that holds the sign-off's row: the round being prepared, if there is one. */
export async function draftRoundOf(tx: Transaction, signOffId: string) {
  const [round] = await tx
    .select({ id: signOffRounds.id, number: signOffRounds.number })
    .from(signOffRounds)
    .innerJoin(signOffs, eq(signOffs.id, signOffRounds.signOffId))
    .where(and(eq(signOffRounds.signOffId, signOffId), isNull(signOffRounds.sentAt), sql`${signOffs.state} in ('draft', 'open')`));
  return round ?? null;
}

/** What the upload route reads from its headers for a file of a sign-off. */
export const signOffUploadSchema = uploadSchema
  .extend({ type: z.literal("sign_off") })
  .transform(({ id, name, requestKey }) => ({ signOffId: id, name, requestKey }));

/** Staff: a file uploaded (streamed) into the round being prepared; once per request key. */
export async function uploadSignOffFile(
  viewer: StaffViewer,
  input: { signOffId: string; name: string; requestKey: string },
  body: Readable,
): Promise<UploadResult> {
  assertStaff(viewer, "clients");
  const isOpen = isUuid(input.signOffId) && (await db.transaction((tx) => draftRoundOf(tx, input.signOffId)));
  if (!isOpen) {
    body.resume();
    return { ok: false, error: "not_found" };
  }
  const id = randomUUID();
  const key = `sign-offs/${id}`;
  const stored = await storeIncoming(key, body);
  if (!stored.ok) return stored;
  const saved = await db.transaction(async (tx) => {
    const earlier = await earlierRecord(tx, viewer, input.requestKey, "sign-off-file");
    if (earlier) return { id: earlier, isRetry: true };
    await lockSignOff(tx, input.signOffId);
    const round = await draftRoundOf(tx, input.signOffId);
    if (!round) return null;
    await tx.insert(signOffFiles).values({
      id,
      roundId: round.id,
      name: input.name,
      contentType: stored.contentType,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      storageKey: key,
      uploadedBy: viewer.userId,
    });
    await auditFile(tx, viewer, input.signOffId, "sign_off.file_added", { fileId: id, name: input.name, sha256: stored.sha256 });
    await rememberRecord(tx, input.requestKey, id);
    return { id, isRetry: false };
  });
  if (!saved || saved.isRetry) await fileStore().remove(key);
  return saved ? { ok: true, id: saved.id, name: input.name } : { ok: false, error: "not_found" };
}

/**
 * Inside the change preparing a round: copies files of the record the sign-off is about into it.
 * Their bytes are copied in the store (and hashed on the way); the keys written are returned so a
 * change that fails can remove them.
 */
export async function copyRecordFiles(
  tx: Transaction,
  viewer: StaffViewer,
  round: { id: string; signOffId: string },
  record: { accountId: string; objectId: string },
  fileIds: string[],
  written: string[],
) {
  for (const fileId of fileIds) {
    const [file] = await tx
      .select({ name: files.name, storageKey: files.storageKey, content: files.content })
      .from(files)
      .where(and(eq(files.id, fileId), eq(files.objectId, record.objectId), eq(files.accountId, record.accountId)));
    if (!file) return false;
    const source = file.storageKey ? await fileStore().get(file.storageKey) : file.content ? Readable.from([file.content]) : null;
    if (!source) return false;
    const id = randomUUID();
    const key = `sign-offs/${id}`;
    const stored = await storeIncoming(key, source);
    if (!stored.ok) return false;
    written.push(key);
    await tx.insert(signOffFiles).values({
      id,
      roundId: round.id,
      fileId,
      name: file.name,
      contentType: stored.contentType,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      storageKey: key,
      uploadedBy: viewer.userId,
    });
    await auditFile(tx, viewer, round.signOffId, "sign_off.file_added", {
      fileId: id,
      from: fileId,
      name: file.name,
      sha256: stored.sha256,
    });
  }
  return true;
}

/** Staff: takes a file out of the round being prepared (a sent round's files never change). */
export async function removeDraftFile(viewer: StaffViewer, signOffId: string, fileId: string) {
  assertStaff(viewer, "clients");
  if (!isUuid(signOffId) || !isUuid(fileId)) return false;
  const removed = await db.transaction(async (tx) => {
    await lockSignOff(tx, signOffId);
    const round = await draftRoundOf(tx, signOffId);
    if (!round) return null;
    const [file] = await tx
      .delete(signOffFiles)
      .where(and(eq(signOffFiles.id, fileId), eq(signOffFiles.roundId, round.id)))
      .returning({ storageKey: signOffFiles.storageKey, name: signOffFiles.name });
    if (!file) return null;
    await auditFile(tx, viewer, signOffId, "sign_off.file_removed", { fileId, name: file.name });
    // A file carried over from the last round shares its bytes with it: those stay.
    const [shared] = await tx
      .select({ id: signOffFiles.id })
      .from(signOffFiles)
      .where(and(eq(signOffFiles.storageKey, file.storageKey), ne(signOffFiles.id, fileId)));
    return { unusedKey: shared ? null : file.storageKey };
  });
  if (removed?.unusedKey) await fileStore().remove(removed.unusedKey);
  return Boolean(removed);
}

/** Staff: a file of any round of a sign-off, to download. */
export async function getSignOffFileForStaff(viewer: StaffViewer, signOffId: string, fileId: string) {
  assertStaff(viewer, "clients");
  return isUuid(signOffId) ? openFile(signOffId, fileId, { includeUnsent: true }) : null;
}

/** A recipient: a file of a sent round of their sign-off. */
export async function getSignOffFileFor(recipient: RecipientViewer, fileId: string) {
  return openFile(recipient.signOffId, fileId, { includeUnsent: false });
}

async function openFile(signOffId: string, fileId: string, options: { includeUnsent: boolean }) {
  if (!isUuid(fileId)) return null;
  const [file] = await db
    .select({ name: signOffFiles.name, contentType: signOffFiles.contentType, storageKey: signOffFiles.storageKey })
    .from(signOffFiles)
    .innerJoin(signOffRounds, eq(signOffRounds.id, signOffFiles.roundId))
    .where(
      and(
        eq(signOffFiles.id, fileId),
        eq(signOffRounds.signOffId, signOffId),
        options.includeUnsent ? undefined : isNotNull(signOffRounds.sentAt),
      ),
    );
  if (!file) return null;
  const body = await fileStore().get(file.storageKey);
  return body ? { name: file.name, contentType: file.contentType, body } : null;
}

/** Inside a change to a sign-off: holds its row, so changes to one sign-off happen one at a time. */
export async function lockSignOff(tx: Transaction, signOffId: string) {
  const [signOff] = await tx
    .select({
      id: signOffs.id,
      accountId: signOffs.accountId,
      subject: signOffs.subject,
      state: signOffs.state,
      createdBy: signOffs.createdBy,
    })
    .from(signOffs)
    .where(eq(signOffs.id, signOffId))
    .for("update");
  return signOff ?? null;
}

function auditFile(
  tx: Transaction,
  viewer: StaffViewer,
  signOffId: string,
  action: "sign_off.file_added" | "sign_off.file_removed",
  detail: object,
) {
  return recordAudit(tx, { action, actorUserId: viewer.userId, detail: { signOffId, ...detail } });
}
