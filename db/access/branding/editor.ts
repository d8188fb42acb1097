import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { brandFiles as brandFilesTable, brandings, users } from "@/db/schema";
import { putBrandFile } from "@/db/storage/brand-files";
import { processBrandImage, refusalMessages, type ImageKind } from "@/lib/branding/images";
import { isHexColour } from "@/lib/branding/colour";
import { brandFileUrl, builtInSplashes, isBuiltInSplash } from "@/lib/branding/theme";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// The designer's workspace: the look as a draft, uploads, save (a new version) and revert.

function assertDesigner(viewer: StaffViewer) {
  assertStaff(viewer, "branding");
}

const colourSchema = z.string().trim().toLowerCase().refine(isHexColour, "Enter a colour as #rrggbb, for example #1d4ed8.");
const fileNameSchema = z.string().regex(/^([0-9a-f]{32}\.(png|webp))?$/, "Upload the image again.");

export const brandingInputSchema = z.object({
  portalName: z.string().trim().min(1, "Give the portal a name.").max(80, "Keep the name under 80 characters."),
  primaryColor: colourSchema,
  accentColor: colourSchema,
  backgroundColor: colourSchema,
  textColor: colourSchema,
  logoFile: fileNameSchema,
  headerFile: fileNameSchema,
  splash: z
    .string()
    .refine((value) => isBuiltInSplash(value) || /^[0-9a-f]{32}\.webp$/.test(value), "Choose one of the backgrounds or upload one."),
  welcomeMessage: z
    .string()
    .max(2000, "Keep the welcome message under 2,000 characters.")
    .transform((text) => text.replace(/\r\n/g, "\n").trim()),
});
export type BrandingInput = z.infer<typeof brandingInputSchema>;

/** Designers: the live look as a draft to edit, and the versions saved so far (newest first). */
export async function getBrandingWorkspace(viewer: StaffViewer) {
  assertDesigner(viewer);
  const versions = await db
    .select({ id: brandings.id, createdAt: brandings.createdAt, savedBy: users.name, row: brandings })
    .from(brandings)
    .leftJoin(users, eq(users.id, brandings.savedBy))
    .orderBy(desc(brandings.id))
    .limit(10);
  const live = versions[0]?.row;
  const draft: BrandingInput = live
    ? {
        portalName: live.portalName,
        primaryColor: live.primaryColor,
        accentColor: live.accentColor,
        backgroundColor: live.backgroundColor,
        textColor: live.textColor,
        logoFile: live.logoFile ?? "",
        headerFile: live.headerFile ?? "",
        splash: live.splash,
        welcomeMessage: live.welcomeMessage,
      }
    : {
        portalName: "Client Portal",
        primaryColor: "#1d4ed8",
        accentColor: "#0f766e",
        backgroundColor: "#f4f4f5",
        textColor: "#18181b",
        logoFile: "",
        headerFile: "",
        splash: builtInSplashes[0].key,
        welcomeMessage: "",
      };
  return { draft, versions: versions.map(({ id, createdAt, savedBy }) => ({ id, createdAt, savedBy })) };
}

export type SaveBrandingResult = { ok: true } | { ok: false; fieldErrors: Record<string, string> };

/** Designers: saves the draft as the new live version (images must be uploads of the right kind). */
export async function saveBranding(viewer: StaffViewer, input: BrandingInput, ip?: string): Promise<SaveBrandingResult> {
  assertDesigner(viewer);
  const wanted = {
    logoFile: ["logo", input.logoFile],
    headerFile: ["header", input.headerFile],
    splash: ["splash", isBuiltInSplash(input.splash) ? "" : input.splash],
  } as const;
  const names = Object.values(wanted)
    .map(([, name]) => name)
    .filter(Boolean);
  const known = names.length
    ? await db
        .select({ name: brandFilesTable.name, kind: brandFilesTable.kind })
        .from(brandFilesTable)
        .where(inArray(brandFilesTable.name, names))
    : [];
  const fieldErrors: Record<string, string> = {};
  for (const [field, [kind, name]] of Object.entries(wanted)) {
    if (name && !known.some((file) => file.name === name && file.kind === kind))
      fieldErrors[field] = "This image is no longer available. Upload it again.";
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  await db.transaction(async (tx) => {
    await tx
      .insert(brandings)
      .values({ ...input, logoFile: input.logoFile || null, headerFile: input.headerFile || null, savedBy: viewer.userId });
    await recordAudit(tx, { action: "branding.saved", actorUserId: viewer.userId, ip, detail: { portalName: input.portalName } });
  });
  return { ok: true };
}

/** Designers: makes the version before the live one live again (as a new version, so this too can be undone). */
export async function revertBranding(viewer: StaffViewer, ip?: string) {
  assertDesigner(viewer);
  return db.transaction(async (tx) => {
    const [, previous] = await tx.select().from(brandings).orderBy(desc(brandings.id)).limit(2).for("update");
    if (!previous) return false;
    const { portalName, primaryColor, accentColor, backgroundColor, textColor, logoFile, headerFile, splash, welcomeMessage } = previous;
    await tx.insert(brandings).values({
      portalName,
      primaryColor,
      accentColor,
      backgroundColor,
      textColor,
      logoFile,
      headerFile,
      splash,
      welcomeMessage,
      savedBy: viewer.userId,
    });
    await recordAudit(tx, { action: "branding.reverted", actorUserId: viewer.userId, ip, detail: { toVersion: previous.id } });
    return true;
  });
}

export type UploadResult = { ok: true; name: string; url: string } | { ok: false; error: string };

/** Designers: checks and stores an image for the logo, the header or the splash; it goes live only when the draft is saved. */
export async function uploadBrandImage(viewer: StaffViewer, kind: ImageKind, bytes: Buffer): Promise<UploadResult> {
  assertDesigner(viewer);
  const processed = await processBrandImage(kind, bytes);
  if (!processed.ok) return { ok: false, error: refusalMessages[processed.error] };
  const { image } = processed;
  await putBrandFile(image.name, { bytes: image.bytes, contentType: image.contentType });
  await db
    .insert(brandFilesTable)
    .values({
      name: image.name,
      kind,
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      sizeBytes: image.bytes.length,
      uploadedBy: viewer.userId,
    })
    .onConflictDoNothing();
  return { ok: true, name: image.name, url: brandFileUrl(image.name) };
}
