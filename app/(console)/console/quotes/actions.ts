"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveQuote, quoteInputSchema } from "@/db/access/records/quotes";

export const saveQuotesAction = recordSaveAction("/console/quotes", quoteInputSchema, saveQuote);
