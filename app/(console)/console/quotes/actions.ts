"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/app/_actions/action";
import { recordSaveAction } from "@/app/_actions/record-save";
import { invoiceFromQuote, sendRevisedQuote } from "@/db/access/records/quote-answers";
import { saveQuote, quoteInputSchema } from "@/db/access/records/quotes";

export const saveQuotesAction = recordSaveAction("/console/quotes", quoteInputSchema, saveQuote);

const quoteIdSchema = z.object({ quoteId: z.uuid() });

/** The revision of a quote the client sent back goes to them as its next version. */
export const sendRevisedQuoteAction = staffAction("clients", quoteIdSchema, async ({ quoteId }, { viewer }) => {
  const result = await sendRevisedQuote(viewer, quoteId);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/console/quotes/${quoteId}`);
  // The button goes with the change; the page then says the revision is waiting for the client.
  return { ok: true };
});

/** An accepted quote becomes a draft invoice with its lines; its page opens next. */
export const invoiceFromQuoteAction = staffAction("clients", quoteIdSchema, async ({ quoteId }, { viewer }) => {
  const result = await invoiceFromQuote(viewer, quoteId);
  if (!result.ok) return { error: result.error };
  redirect(`/console/invoices/${result.invoiceId}?created=1`);
});
