"use server";

import { redirect } from "next/navigation";
import { contactAction } from "@/app/_actions/action";
import { payInvoiceSchema, startInvoicePayment } from "@/db/access/payments/checkout";
import { configuredPaymentProvider } from "@/lib/payments/configured";

/** A client starts paying an invoice: checked again in the access layer (their account, "pay invoices", the amount), then off to the provider's page. */
export const payInvoiceAction = contactAction(
  payInvoiceSchema,
  async (input, { viewer, values }) => {
    const result = await startInvoicePayment(viewer, input, configuredPaymentProvider());
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values };
    redirect(result.url);
  },
  { explain: "message", keepValues: true },
);
