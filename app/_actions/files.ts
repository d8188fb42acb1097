"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "./action";
import { objectTypeSchema } from "@/db/access/permissions/capabilities";
import { attachFile, fileNameSchema, MAX_FILE_BYTES } from "@/db/access/records/files";
import { recordPath } from "@/lib/record-kinds";

const targetSchema = z.object({ objectType: objectTypeSchema, objectId: z.uuid() });

/** Staff: attaches an uploaded file to a record. */
export const attachFileAction = staffAction("clients", targetSchema, async (target, { viewer, formData }) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose a file to attach." };
  if (file.size > MAX_FILE_BYTES) return { error: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB.` };
  const name = fileNameSchema.safeParse(file.name);
  if (!name.success) return { error: "Give the file a name of at most 200 characters." };
  const result = await attachFile(
    viewer,
    { type: target.objectType, id: target.objectId },
    { name: name.data, contentType: file.type || "application/octet-stream", bytes: Buffer.from(await file.arrayBuffer()) },
  );
  if (!result.ok) return { error: result.error === "not_found" ? "This record no longer exists." : "The file is empty or over 10 MB." };
  revalidatePath(recordPath(target.objectType, target.objectId, "console"));
  return { ok: true, message: `${name.data} attached.` };
});
