import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { FormWithFiles } from "@/components/files/form-with-files";
import { TextAreaField, TextField } from "@/components/ui/field";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/db/access/permissions/resolver";
import { mayOpenTickets } from "@/db/access/records/client-tickets";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { openTicketAction } from "../actions";

export const metadata: Metadata = { title: "New ticket" };

// For a contact who may open tickets; anyone else gets the 404 of a missing page. Files chosen go
// to the ticket once it is open, then the client lands on it.
export default async function NewTicketPage() {
  const viewer = await requireContactViewer();
  if (!(await mayOpenTickets(viewer))) notFound();
  const mayAttach = await can(viewer, "files.upload");
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading backHref="/tickets" backLabel="Support" title="New ticket" />
      <FormWithFiles
        action={openTicketAction}
        title="New ticket"
        submitLabel="Open the ticket"
        record={{ type: "ticket" }}
        maxBytes={mayAttach ? maxUploadBytes() : null}
        from="portal"
        openPath="/tickets"
        className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-zinc-200"
      >
        <input type="hidden" name="requestKey" value={randomUUID()} />
        <TextField label="Subject" name="subject" required maxLength={200} />
        <TextAreaField label="What do you need?" name="body" rows={6} required maxLength={20000} />
      </FormWithFiles>
    </div>
  );
}
