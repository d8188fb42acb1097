"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveInvoice, invoiceInputSchema } from "@/db/access/records/invoices";

export const saveInvoicesAction = recordSaveAction("/console/invoices", invoiceInputSchema, saveInvoice);
