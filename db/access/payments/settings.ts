import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { businessSettings } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer, type Viewer } from "../viewer/viewer";

// How clients pay: part payments online on or off, the bank transfer instructions every open
// invoice shows, and an address that gets a copy of every receipt (the bookkeeper, say).

export const paymentSettingsSchema = z.object({
  allowPartPayments: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  bankTransferInstructions: z.string().trim().max(2000, "Keep the instructions under 2,000 characters."),
  receiptCopyTo: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(z.email("Enter an email address, or leave it empty.").max(320).nullable()),
});
export type PaymentSettings = z.infer<typeof paymentSettingsSchema>;

const DEFAULTS: PaymentSettings = { allowPartPayments: false, bankTransferInstructions: "", receiptCopyTo: null };

/** Anyone signed in: how this business takes payment (clients see the instructions on their invoices). */
export async function getPaymentSettings(_viewer: Viewer): Promise<PaymentSettings> {
  const [settings] = await db
    .select({
      allowPartPayments: businessSettings.allowPartPayments,
      bankTransferInstructions: businessSettings.bankTransferInstructions,
      receiptCopyTo: businessSettings.receiptCopyTo,
    })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1));
  return settings ?? DEFAULTS;
}

/** Owners: change how clients pay. */
export async function setPaymentSettings(viewer: StaffViewer, settings: PaymentSettings, ip?: string) {
  assertStaff(viewer, "payments");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ ...settings, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, {
      action: "settings.payments_changed",
      actorUserId: viewer.userId,
      ip,
      detail: { allowPartPayments: settings.allowPartPayments, receiptCopyTo: settings.receiptCopyTo },
    });
  });
}
