"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveContract, contractInputSchema } from "@/db/access/records/contracts";

export const saveContractsAction = recordSaveAction("/console/contracts", contractInputSchema, saveContract);
