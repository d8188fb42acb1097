"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_actions/action";
import { closeOutgrownCheckouts } from "@/db/access/payments/outgrown-checkouts";
import { receivedPaymentSchema, recordReceivedPayment } from "@/db/access/payments/received";
import { configuredPaymentProvider } from "@/lib/payments/configured";
import { recordSaveAction } from "@/app/_actions/record-save";
import { saveInvoice, invoiceInputSchema } from "@/db/access/records/invoices";

export const saveInvoicesAction = recordSaveAction("/console/invoices", invoiceInputSchema, saveInvoice);

/** Money received outside the portal (a bank transfer, a cheque): recorded once, even if the form is sent twice. */
export const recordPaymentAction = staffAction(
  "clients",
  receivedPaymentSchema,
  async (input, { viewer, values }) => {
    const result = await recordReceivedPayment(viewer, input);
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values };
    await closeOutgrownCheckouts(viewer, configuredPaymentProvider(), input.invoiceId);
    revalidatePath(`/console/invoices/${input.invoiceId}`);
    return { ok: true, message: result.receiptNumber ? `Recorded: receipt ${result.receiptNumber}.` : "Recorded." };
  },
  { explain: "message", keepValues: true },
);
