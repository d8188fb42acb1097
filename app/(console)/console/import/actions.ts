"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { parseContactsCsv } from "@/lib/csv/contacts-csv";
import { queueImport, stageImport } from "@/db/access/people/imports";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const MAX_BYTES = 50 * 1024 * 1024;

// Step 1: read and check the file; nothing real is written until the preview is confirmed.
export async function previewImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose a CSV file to import." };
  if (file.size > MAX_BYTES) return { error: "The file is larger than 50 MB. Split it and import the parts one after the other." };
  const parsed = parseContactsCsv(await file.text());
  if ("error" in parsed) return { error: parsed.error };
  if (parsed.rows.length === 0) return { error: "The file has a header but no rows." };
  const importId = await stageImport(viewer, file.name, parsed.rows);
  redirect(`/console/import/${importId}`);
}

// Step 2: write the good rows, in the background.
export async function commitImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = z.uuid().safeParse(formData.get("importId"));
  if (!parsed.success || !(await queueImport(viewer, parsed.data, clientIp(await headers())))) {
    return { error: "This import was already started, or no longer exists." };
  }
  revalidatePath(`/console/import/${parsed.data}`);
  return { ok: true, message: "Import started. You can leave this page; it carries on." };
}
