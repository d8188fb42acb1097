import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { files, objectType } from "@/db/schema";
import type { ObjectType } from "../permissions/capabilities";
import { isUuid } from "../kit/ids";
import { unsafeFindObjectAccount } from "./object-accounts";
import { actingAs } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { accountName, auditRecordSaved } from "./save";
import { mayViewAttachedTo } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

// Files attached to records. A file is visible to exactly those who may see its record.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const fileSorts = { recent: sortText(files.createdAt, "desc"), name: sortBy(files.name) };
const fileColumns = {
  id: files.id,
  name: files.name,
  contentType: files.contentType,
  sizeBytes: files.sizeBytes,
  objectType: files.objectType,
  objectId: files.objectId,
  createdAt: files.createdAt,
};

/** Files on one record. Unsafe: the caller has just proved the viewer may see that record. */
export function unsafeListAttachedFiles(accountId: string, objectId: string) {
  return db
    .select(fileColumns)
    .from(files)
    .where(and(eq(files.objectId, objectId), eq(files.accountId, accountId)))
    .orderBy(desc(files.createdAt));
}

/** Contact: every file on records they may see at their account, one page. */
export async function listMyFiles(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: files,
    select: fileColumns,
    where: [
      eq(files.accountId, who.accountId),
      mayViewAttachedTo(who, files.objectType, files.objectId),
      searchCondition(options.query, [files.name]),
      isOneOf(objectType.enumValues, options.status) ? eq(files.objectType, options.status) : undefined,
    ],
    sort: fileSorts[options.sort === "name" ? "name" : "recent"],
    cursor: options.cursor,
  });
}

/** Contact: one file's bytes for download, or null (missing, another account's, or its record not visible). */
export async function getMyFileContent(viewer: ContactViewer, fileId: string) {
  if (!isUuid(fileId)) return null;
  const who = actingAs(viewer);
  const [file] = await db
    .select({ name: files.name, contentType: files.contentType, content: files.content })
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.accountId, who.accountId), mayViewAttachedTo(who, files.objectType, files.objectId)));
  return file ?? null;
}

/** Staff: one file's bytes. */
export async function getFileContent(viewer: StaffViewer, fileId: string) {
  assertStaff(viewer);
  if (!isUuid(fileId)) return null;
  const [file] = await db
    .select({ name: files.name, contentType: files.contentType, content: files.content })
    .from(files)
    .where(eq(files.id, fileId));
  return file ?? null;
}

export const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((name) => name.replace(/[\\/\0-\x1f]/g, "_"));

/** Staff: attaches a file to a record (kept in the database, so it commits with its audit entry). */
export async function attachFile(
  viewer: StaffViewer,
  target: { type: ObjectType; id: string },
  file: { name: string; contentType: string; bytes: Buffer },
) {
  assertStaff(viewer);
  if (file.bytes.length === 0 || file.bytes.length > MAX_FILE_BYTES) return { ok: false as const, error: "too_large" as const };
  const accountId = await unsafeFindObjectAccount(target.type, target.id);
  if (!accountId) return { ok: false as const, error: "not_found" as const };
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(files)
      .values({
        accountId,
        objectType: target.type,
        objectId: target.id,
        name: file.name,
        contentType: file.contentType,
        sizeBytes: sql`${file.bytes.length}`,
        content: file.bytes,
        uploadedBy: viewer.userId,
      })
      .returning({ id: files.id });
    await auditRecordSaved(tx, viewer, { type: "file", id: saved!.id, accountId, isNew: true });
    return { ok: true as const, id: saved!.id };
  });
}

/** Staff: every file, newest first, searchable by name or client. `status` filters by the kind of record. */
export async function listFiles(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: files,
    select: { ...fileColumns, accountName: accountName(files.accountId) },
    where: [
      searchCondition(options.query, [files.name, accountName(files.accountId)]),
      isOneOf(objectType.enumValues, options.status) ? eq(files.objectType, options.status) : undefined,
    ],
    sort: fileSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: the files on one record. */
export async function listFilesOf(viewer: StaffViewer, objectId: string) {
  assertStaff(viewer);
  if (!isUuid(objectId)) return [];
  return db.select(fileColumns).from(files).where(eq(files.objectId, objectId)).orderBy(desc(files.createdAt));
}
