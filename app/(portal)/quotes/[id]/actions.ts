"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction } from "@/app/_actions/action";
import { answerQuote, quoteAnswerSchema } from "@/db/access/records/quote-answers";

/** A client's answer to a quote (checked again in the access layer: their account, "accept quotes", the version). */
export const answerQuoteAction = contactAction(
  z.object({ quoteId: z.uuid(), decision: z.string().optional(), comment: z.string().optional(), typedName: z.string().optional() }),
  async ({ quoteId, ...form }, { viewer, ip, values }) => {
    const parsed = quoteAnswerSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { error: issue.message, fieldErrors: { [String(issue.path[0] ?? "decision")]: issue.message }, values };
    }
    const userAgent = (await headers()).get("user-agent") ?? undefined;
    const result = await answerQuote(viewer, quoteId, parsed.data, { ip, userAgent });
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values };
    // The form goes once answered: the page then says who answered, when, and what happens next.
    revalidatePath(`/quotes/${quoteId}`);
    return { ok: true };
  },
);
