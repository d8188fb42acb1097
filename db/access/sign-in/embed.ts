import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { businessSettings } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

const originSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    try {
      const url = new URL(value);
      if ((url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/" && !url.search && !url.hash && !url.username)
        return url.origin;
    } catch {}
    context.addIssue({ code: "custom", message: `“${value}” is not an origin like https://www.example.com (no path).` });
    return z.NEVER;
  });

/** Parses the console's one-origin-per-line text; says which line is wrong. */
export function parseOriginList(text: string): { origins: string[] } | { error: string } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 50) return { error: "List at most 50 origins." };
  const origins: string[] = [];
  for (const line of lines) {
    const parsed = originSchema.safeParse(line);
    if (!parsed.success) return { error: parsed.error.issues[0]!.message };
    origins.push(parsed.data);
  }
  return { origins: [...new Set(origins)] };
}

/** Staff: the origins allowed to post the embeddable sign-in form. */
export async function getEmbedOrigins(viewer: StaffViewer) {
  assertStaff(viewer);
  const [row] = await db.select({ origins: businessSettings.embedOrigins }).from(businessSettings).where(eq(businessSettings.id, 1));
  return row?.origins ?? [];
}

export async function setEmbedOrigins(viewer: StaffViewer, origins: string[], ip?: string) {
  assertStaff(viewer, "settings");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ embedOrigins: origins, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "settings.embed_origins_changed", actorUserId: viewer.userId, ip, detail: { origins } });
  });
}

/** Anyone (the embed endpoint): is this origin on the allow-list? */
export async function isEmbedOriginAllowed(origin: string | null) {
  if (!origin) return false;
  const [row] = await db.select({ origins: businessSettings.embedOrigins }).from(businessSettings).where(eq(businessSettings.id, 1));
  return row?.origins.includes(origin) ?? false;
}
