import { randomUUID } from "node:crypto";
import { FormWithFiles } from "@/components/files/form-with-files";
import type { ActionState } from "@/components/ui/action-state";
import { DateTime } from "@/components/ui/date-time";
import { TextAreaField } from "@/components/ui/field";
import { MessageText } from "./message-text";

// A record's conversation, the same in the portal and the console: the messages oldest first, then
// the box to write in. Staff see their internal notes marked, and can write one.

type Message = {
  id: string;
  body: string;
  isInternal: boolean;
  createdAt: Date;
  authorName: string | null;
  authorKind: "staff" | "contact" | null;
};

type Props = {
  record: { type: string; id: string };
  messages: Message[];
  /** Why there is nothing to show (a contact not part of the thread), if so. */
  emptyText: string;
  /** Null: no box (closed, or staff viewing as a client), with this reason shown instead. */
  compose: {
    action: (state: ActionState, form: FormData) => Promise<ActionState>;
    label: string;
    canBeInternal?: boolean;
    from: "portal" | "console";
    /** Null when the viewer may not upload to the record. */
    maxUploadBytes: number | null;
  } | null;
  closedText?: string;
};

export function Conversation({ record, messages, emptyText, compose, closedText }: Props) {
  return (
    <section aria-labelledby="conversation-heading" className="max-w-2xl space-y-3">
      <h2 id="conversation-heading" className="text-section">
        Conversation
      </h2>
      {messages.length === 0 ? <p className="text-sm text-zinc-600">{emptyText}</p> : null}
      <ol className="space-y-3">
        {messages.map((message) => (
          <li
            key={message.id}
            className={`rounded-xl p-4 text-sm ring-1 ${
              message.isInternal
                ? "bg-amber-50 ring-amber-200"
                : message.authorKind === "staff"
                  ? "bg-white ring-zinc-200"
                  : "bg-zinc-50 ring-zinc-200"
            }`}
          >
            <p className="mb-1 text-zinc-600">
              <span className="font-medium text-zinc-900">{message.authorName ?? "Someone who has left"}</span> ·{" "}
              <DateTime value={message.createdAt} />
              {message.isInternal ? " · staff note, not shown to the client" : ""}
            </p>
            <MessageText text={message.body} />
          </li>
        ))}
      </ol>
      {compose ? (
        <FormWithFiles
          action={compose.action}
          title="Write on the conversation"
          submitLabel="Send"
          record={record}
          maxBytes={compose.maxUploadBytes}
          from={compose.from}
          className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-zinc-200"
        >
          <input type="hidden" name="recordType" value={record.type} />
          <input type="hidden" name="recordId" value={record.id} />
          {/* A fresh key per rendered form: a retried submission posts the message once. */}
          <input type="hidden" name="requestKey" value={randomUUID()} />
          <TextAreaField
            label={compose.label}
            name="body"
            rows={4}
            required
            maxLength={20000}
            hint="Plain text, or **bold**, *italic*, lists, > quotes and links."
          />
          {compose.canBeInternal ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="isInternal" className="size-5" /> Staff note (the client never sees it)
            </label>
          ) : null}
        </FormWithFiles>
      ) : closedText ? (
        <p className="text-sm text-zinc-600">{closedText}</p>
      ) : null}
    </section>
  );
}
