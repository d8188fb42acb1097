import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { businessSettings } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// The business's sign-off defaults: how long an emailed link lasts (a sign-off may set its own),
// and how many days before a due date the automatic reminder goes out.

export const signOffSettingsSchema = z.object({
  linkDays: z.coerce
    .number("Enter how many days the links last.")
    .int("Enter a whole number of days.")
    .min(1, "Links last at least a day.")
    .max(90, "Links last at most 90 days."),
  reminderDays: z.coerce
    .number("Enter how many days before the due date to remind.")
    .int("Enter a whole number of days.")
    .min(1, "Remind at least a day before.")
    .max(30, "Remind at most 30 days before."),
});
export type SignOffSettings = z.infer<typeof signOffSettingsSchema>;

/** Staff: the sign-off defaults. */
export async function getSignOffSettings(viewer: StaffViewer): Promise<SignOffSettings> {
  assertStaff(viewer);
  const [settings] = await db
    .select({ linkDays: businessSettings.signOffLinkDays, reminderDays: businessSettings.signOffReminderDays })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1));
  return settings ?? { linkDays: 7, reminderDays: 2 };
}

/** Owners and admins: change the sign-off defaults; sign-offs already sent keep their links. */
export async function setSignOffSettings(viewer: StaffViewer, settings: SignOffSettings, ip?: string) {
  assertStaff(viewer, "settings");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ signOffLinkDays: settings.linkDays, signOffReminderDays: settings.reminderDays, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "settings.sign_offs_changed", actorUserId: viewer.userId, ip, detail: settings });
  });
}
