"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveSale, saleInputSchema } from "@/db/access/records/sales";

export const saveSalesAction = recordSaveAction("/console/sales", saleInputSchema, saveSale);
