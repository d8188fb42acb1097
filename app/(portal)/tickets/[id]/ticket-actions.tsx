import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { setTicketStatusAction } from "../actions";

/** Close and reopen, for the contact themself (staff viewing as them see the ticket only). Replies are the conversation below. */
export function TicketActions({ viewer, ticket }: { viewer: ContactViewer; ticket: { id: string; status: string } }) {
  if (viewer.viewAs) return null;
  const isClosed = ticket.status === "closed";
  return (
    <ActionForm action={setTicketStatusAction} title={isClosed ? "Reopen ticket" : "Close ticket"}>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="status" value={isClosed ? "open" : "closed"} />
      <Button type="submit" variant="secondary">
        {isClosed ? "Reopen the ticket" : "Close the ticket"}
      </Button>
    </ActionForm>
  );
}
