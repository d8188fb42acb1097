"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveTicket, ticketInputSchema } from "@/db/access/records/tickets";

export const saveTicketsAction = recordSaveAction("/console/tickets", ticketInputSchema, saveTicket);
