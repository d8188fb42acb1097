"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveInvoice, invoiceInputSchema } from "@/db/access/records/invoices";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveInvoicesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  return saveFromForm(
    formData,
    invoiceInputSchema,
    (id, input, requestKey) => saveInvoice(viewer, id, input, requestKey),
    "/console/invoices",
  );
}
