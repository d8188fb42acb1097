import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { replyToTicketAction, setTicketStatusAction } from "../actions";

/** Reply, close and reopen, for the contact themself (staff viewing as them see the conversation only). */
export function TicketActions({ viewer, ticket }: { viewer: ContactViewer; ticket: { id: string; status: string } }) {
  if (viewer.viewAs) return null;
  const isClosed = ticket.status === "closed";
  return (
    <div className="space-y-3">
      {isClosed ? null : (
        <ActionForm action={replyToTicketAction} title="Reply" className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-zinc-200">
          <input type="hidden" name="ticketId" value={ticket.id} />
          {/* A fresh key per rendered form: a retried submission posts the reply once. */}
          <input type="hidden" name="requestKey" value={randomUUID()} />
          <TextAreaField label="Your reply" name="body" rows={4} required maxLength={20000} />
          <Button type="submit">Send reply</Button>
        </ActionForm>
      )}
      <ActionForm action={setTicketStatusAction} title={isClosed ? "Reopen ticket" : "Close ticket"}>
        <input type="hidden" name="ticketId" value={ticket.id} />
        <input type="hidden" name="status" value={isClosed ? "open" : "closed"} />
        <Button type="submit" variant="secondary">
          {isClosed ? "Reopen the ticket" : "Close the ticket"}
        </Button>
      </ActionForm>
    </div>
  );
}
