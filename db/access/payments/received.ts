import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { accountContacts, invoices } from "@/db/schema";
import { formatMoney } from "@/lib/format";
import { getPublicBranding } from "../branding/live";
import { moneySchema, requiredDateSchema } from "../records/inputs";
import { earlierRecord, rememberRecord } from "../records/save";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { recordPaymentIn } from "./ledger";

// Staff recording money that came another way: a bank transfer, a cheque, cash.

export const recordedMethods = ["bank_transfer", "cheque", "cash", "other"] as const;

export const receivedPaymentSchema = z.object({
  invoiceId: z.uuid(),
  requestKey: z.uuid(),
  amount: moneySchema.refine((cents) => cents > 0, "Enter the amount received."),
  method: z.enum(recordedMethods, "Choose how it was paid."),
  receivedOn: requiredDateSchema,
  reference: z.string().trim().max(200, "Keep the reference under 200 characters.").default(""),
  // A contact of the invoice's account to email the receipt to; empty: nobody.
  receiptTo: z.union([z.literal(""), z.uuid()]).default(""),
});
export type ReceivedPayment = z.infer<typeof receivedPaymentSchema>;

export type RecordResult = { ok: true; receiptNumber: string | null } | { ok: false; error: string; field?: keyof ReceivedPayment };

/** Staff who work with clients: records a payment received outside the portal. A retried form records it once. */
export async function recordReceivedPayment(viewer: StaffViewer, input: ReceivedPayment): Promise<RecordResult> {
  assertStaff(viewer, "clients");
  const { currency } = await getPublicBranding();
  return db.transaction(async (tx): Promise<RecordResult> => {
    if (await earlierRecord(tx, viewer, input.requestKey, "payment")) return { ok: true, receiptNumber: null };
    const [invoice] = await tx
      .select({
        id: invoices.id,
        accountId: invoices.accountId,
        number: invoices.number,
        managerId: invoices.managerId,
        status: invoices.status,
        dueCents: sql<number>`${invoices.totalCents} - ${invoices.amountPaidCents}`,
        isFuture: sql<boolean>`${input.receivedOn}::date > current_date`,
      })
      .from(invoices)
      .where(eq(invoices.id, input.invoiceId))
      .for("update");
    if (!invoice) return { ok: false, error: "This invoice is not there any more." };
    if (invoice.status === "draft")
      return { ok: false, error: "This invoice is still a draft: set it to open (sent to the client) before recording a payment." };
    if (invoice.status === "void") return { ok: false, error: "This invoice is void, so no payment can be recorded on it." };
    if (invoice.dueCents <= 0) return { ok: false, error: "This invoice is paid in full." };
    if (input.amount > invoice.dueCents)
      return { ok: false, field: "amount", error: `That is more than the ${formatMoney(invoice.dueCents, currency)} still due.` };
    if (invoice.isFuture) return { ok: false, field: "receivedOn", error: "The day received cannot be in the future." };
    if (input.receiptTo) {
      const [contact] = await tx
        .select({ id: accountContacts.contactId })
        .from(accountContacts)
        .where(and(eq(accountContacts.accountId, invoice.accountId), eq(accountContacts.contactId, input.receiptTo)));
      if (!contact) return { ok: false, field: "receiptTo", error: "Choose a contact of this invoice's account for the receipt." };
    }
    const saved = await recordPaymentIn(tx, {
      invoice,
      amountCents: input.amount,
      currency,
      method: input.method,
      receivedOn: input.receivedOn,
      reference: input.reference,
      recordedById: viewer.userId,
      receiptToIds: input.receiptTo ? [input.receiptTo] : [],
    });
    await rememberRecord(tx, input.requestKey, saved.id);
    return { ok: true, receiptNumber: saved.receiptNumber };
  });
}
