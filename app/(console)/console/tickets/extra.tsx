import type { Loaded } from "@/components/console/record-editor";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { TextAreaField } from "@/components/ui/field";
import type { getTicket } from "@/db/access/records/tickets";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { addTicketMessageAction } from "./message-actions";

// The whole conversation, staff notes marked, and a reply box.
export function Extra({ record }: { viewer: StaffViewer; record: Loaded<typeof getTicket> }) {
  return (
    <section aria-labelledby="conversation-heading" className="max-w-2xl space-y-3">
      <h2 id="conversation-heading" className="text-lg font-semibold">
        Conversation
      </h2>
      <ol className="space-y-3">
        {record.messages.map((message) => (
          <li
            key={message.id}
            className={`rounded-lg p-4 text-sm ring-1 ${message.isInternal ? "bg-amber-50 ring-amber-200" : "bg-white ring-zinc-200"}`}
          >
            <p className="mb-1 text-zinc-600">
              <span className="font-medium text-zinc-900">{message.authorName ?? "A former user"}</span> ·{" "}
              <DateTime value={message.createdAt} />
              {message.isInternal ? " · staff note, not shown to the client" : ""}
            </p>
            <p className="whitespace-pre-line">{message.body}</p>
          </li>
        ))}
      </ol>
      <ActionForm action={addTicketMessageAction} title="Reply" className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <input type="hidden" name="ticketId" value={record.id} />
        <TextAreaField label="Reply" name="body" rows={4} required maxLength={20000} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="isInternal" className="size-4" /> Staff note (the client never sees it)
        </label>
        <Button type="submit">Add to the conversation</Button>
      </ActionForm>
    </section>
  );
}
