import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { Readable } from "node:stream";
import { db } from "@/db/client";
import { fileStore } from "@/db/storage/file-store";
import { files, objectType } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { actingAs } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { accountName, personName } from "./save";
import { mayViewAttachedTo } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

// Files attached to records. A file is visible to exactly those who may see its record.

const fileSorts = { recent: sortText(files.createdAt, "desc"), name: sortBy(files.name) };
const fileColumns = {
  id: files.id,
  name: files.name,
  contentType: files.contentType,
  sizeBytes: files.sizeBytes,
  objectType: files.objectType,
  objectId: files.objectId,
  createdAt: files.createdAt,
  uploaderName: personName(files.uploadedBy),
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

const downloadColumns = { name: files.name, contentType: files.contentType, storageKey: files.storageKey, content: files.content };
type Download = { name: string; contentType: string; storageKey: string | null; content: Buffer | null };

/** Contact: one file to download, or null (missing, another account's, or its record not visible). */
export async function getMyFileDownload(viewer: ContactViewer, fileId: string) {
  if (!isUuid(fileId)) return null;
  const who = actingAs(viewer);
  const [file] = await db
    .select(downloadColumns)
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.accountId, who.accountId), mayViewAttachedTo(who, files.objectType, files.objectId)));
  return file ? opened(file) : null;
}

/** Staff: one file to download. */
export async function getFileDownload(viewer: StaffViewer, fileId: string) {
  assertStaff(viewer);
  if (!isUuid(fileId)) return null;
  const [file] = await db.select(downloadColumns).from(files).where(eq(files.id, fileId));
  return file ? opened(file) : null;
}

/** The file's bytes as a stream: from the store, or from the row for a file the worker has not moved yet. */
async function opened(file: Download) {
  const body = file.storageKey ? await fileStore().get(file.storageKey) : file.content ? Readable.from([file.content]) : null;
  return body ? { name: file.name, contentType: file.contentType, body } : null;
}

export const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((name) => name.replace(/[\\/\0-\x1f]/g, "_"));

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
