"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { contactAction } from "@/app/_actions/action";
import { submitFormFromClient } from "@/db/access/records/form-submissions";

/** A client submits a support form; the form sends its files to the ticket it opened, then opens it. The access layer checks each answer against its field. */
export const submitFormAction = contactAction(
  z.object({ formId: z.uuid(), requestKey: z.uuid() }),
  async ({ formId, requestKey }, { viewer, ip, values }) => {
    const result = await submitFormFromClient(viewer, { formId, requestKey, answers: values }, ip);
    if (!result.ok && "fieldErrors" in result) return { error: "Some answers need fixing.", fieldErrors: result.fieldErrors, values };
    if (!result.ok) return { error: "This form is no longer available to you. Reload the page." };
    revalidatePath("/tickets");
    return { ok: true, createdId: result.ticketId };
  },
  { keepValues: true },
);
