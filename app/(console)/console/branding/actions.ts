"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import { imageKinds, MAX_UPLOAD_BYTES, type ImageKind } from "@/lib/branding/images";
import { brandingInputSchema, revertBranding, saveBranding, uploadBrandImage, type UploadResult } from "@/db/access/branding/editor";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import type { ActionState } from "@/components/ui/action-state";

export type BrandingActionResult = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Designers: one image checked and stored; the draft refers to it until saved. */
export async function uploadBrandImageAction(formData: FormData): Promise<UploadResult> {
  const viewer = await requireStaffViewer("branding");
  const kind = z.enum(imageKinds as [ImageKind, ...ImageKind[]]).safeParse(formData.get("kind"));
  const file = formData.get("file");
  if (!kind.success || !(file instanceof File) || file.size === 0) return { ok: false, error: "Choose an image file." };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: "This file is over 5 MB. Export it smaller and try again." };
  return uploadBrandImage(viewer, kind.data, Buffer.from(await file.arrayBuffer()));
}

/** Designers: the draft becomes the live look everywhere (pages, sign-in, new emails). */
export async function saveBrandingAction(draft: unknown): Promise<BrandingActionResult> {
  const viewer = await requireStaffViewer("branding");
  const parsed = brandingInputSchema.safeParse(draft);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, error: "Some settings need fixing before saving.", fieldErrors };
  }
  const result = await saveBranding(viewer, parsed.data, clientIp(await headers()));
  if (!result.ok) return { ok: false, error: "Some settings need fixing before saving.", fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved. The portal, the sign-in pages and new emails now use this look." };
}

/** Designers: the version before this one becomes live again. */
export async function revertBrandingAction(): Promise<BrandingActionResult> {
  const viewer = await requireStaffViewer("branding");
  if (!(await revertBranding(viewer, clientIp(await headers())))) return { ok: false, error: "There is no earlier version to go back to." };
  revalidatePath("/", "layout");
  return { ok: true, message: "The previous version is live again." };
}

/** The same, from the confirmation form on the page. */
export async function revertBrandingFormAction(): Promise<ActionState> {
  const result = await revertBrandingAction();
  return result.ok ? { ok: true, message: result.message } : { error: result.error };
}
