import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, files, projects } from "@/db/schema";
import { readAll } from "@/db/storage/file-store";
import { createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import type { Viewer } from "../viewer/viewer";
import { getMyFileDownload } from "./files";
import { mayUploadTo, uploadFile } from "./file-uploads";

// Clients and staff uploading files to records: who may, what the server decides (name, type,
// size), once per request key, and the record's manager told.

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5b1e4e20000000049454e44ae426082",
  "hex",
);

async function projectFor(viewer: { accountId: string }, managerId?: string) {
  const [project] = await db
    .insert(projects)
    .values({ accountId: viewer.accountId, name: `Files ${randomUUID().slice(0, 6)}`, managerId })
    .returning({ id: projects.id });
  return project!.id;
}

const upload = (viewer: Viewer, id: string, bytes: Buffer, name = "plan.txt", requestKey = randomUUID()) =>
  uploadFile(viewer, { type: "project", id, name, requestKey }, Readable.from([bytes]));

describe("file uploads", () => {
  it("a client with 'upload files' adds one to a project they see: stored, typed from its bytes, theirs, the manager told", async () => {
    const client = await createContactViewer({ "projects.view": true, "files.upload": true });
    const staff = await createStaffViewer();
    const projectId = await projectFor(client, staff.userId);
    const result = await upload(client, projectId, PNG, "looks-like-text.txt");
    expect(result).toMatchObject({ ok: true, name: "looks-like-text.txt" });
    const [row] = await db.select().from(files).where(eq(files.objectId, projectId));
    expect(row).toMatchObject({ contentType: "image/png", sizeBytes: PNG.length, uploadedBy: client.userId, content: null });
    expect(row!.storageKey).toBe(`attachments/${row!.id}`);
    expect(await readAll((await getMyFileDownload(client, row!.id))!.body)).toEqual(PNG);
    const mail = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, staff.email), eq(emails.template, "notification")));
    expect(mail[0]!.subject).toContain("uploaded “looks-like-text.txt” to the project");
  });

  it("a retried upload (same request key) is stored once", async () => {
    const client = await createContactViewer({ "projects.view": true, "files.upload": true });
    const projectId = await projectFor(client);
    const key = randomUUID();
    const [first, second] = await Promise.all([
      upload(client, projectId, Buffer.from("one"), "a.txt", key),
      upload(client, projectId, Buffer.from("one"), "a.txt", key),
    ]);
    expect(first).toEqual(second);
    expect(await db.select().from(files).where(eq(files.objectId, projectId))).toHaveLength(1);
  });

  it("refuses without 'upload files', on another account's record, while viewed as, and past the size limit or empty", async () => {
    const client = await createContactViewer({ "projects.view": true, "files.upload": true });
    const projectId = await projectFor(client);
    const without = await createContactViewer({ "projects.view": true, "files.upload": false });
    expect(await upload(without, await projectFor(without), Buffer.from("x"))).toEqual({ ok: false, error: "not_found" });
    const outsider = await createContactViewer({ "projects.view": true, "files.upload": true });
    expect(await upload(outsider, projectId, Buffer.from("x"))).toEqual({ ok: false, error: "not_found" });
    expect(await upload(viewedAs(client), projectId, Buffer.from("x"))).toEqual({ ok: false, error: "not_found" });
    expect(await upload(client, projectId, Buffer.alloc(1024 * 1024 + 1, 1))).toEqual({ ok: false, error: "too_large" });
    expect(await upload(client, projectId, Buffer.alloc(0))).toEqual({ ok: false, error: "empty" });
    expect(await db.select().from(files).where(eq(files.objectId, projectId))).toHaveLength(0);
  });

  it("an address that is not a record's id answers no, like a missing record", async () => {
    const client = await createContactViewer({ "projects.view": true, "files.upload": true });
    expect(await mayUploadTo(client, "project", "not-an-id")).toBe(false);
    expect(await mayUploadTo(await createStaffViewer(), "project", "not-an-id")).toBe(false);
  });

  it("staff upload to any record", async () => {
    const client = await createContactViewer();
    const staff = await createStaffViewer();
    const projectId = await projectFor(client);
    expect(await upload(staff, projectId, Buffer.from("%PDF-1.4 hello"), "brief.pdf")).toMatchObject({ ok: true });
    const [row] = await db.select().from(files).where(eq(files.objectId, projectId));
    expect(row!.contentType).toBe("application/pdf");
  });
});
