import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FileUploader } from "@/components/files/file-uploader";
import { CommentList, RecipientStates, RoundsView, signOffStateLabels, Instructions } from "@/components/sign-offs/sign-off-view";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DateTime } from "@/components/ui/date-time";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { Flash } from "@/components/ui/flash";
import { SubmitButton } from "@/components/ui/submit-button";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { signOffFormOptions } from "@/db/access/sign-offs/create";
import { getSignOff } from "@/db/access/sign-offs/read";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { formatDay } from "@/lib/format";
import { recordPath } from "@/lib/record-kinds";
import {
  addRecipientAction,
  cancelSignOffAction,
  remindAction,
  removeDraftFileAction,
  removeRecipientAction,
  sendRoundAction,
  staffCommentAction,
  startNewRoundAction,
} from "../actions";
import { signOffDoneMessages, type SignOffDone } from "../done-messages";

export const metadata: Metadata = { title: "Sign-off" };

// One sign-off for staff: where each person stands, the rounds and their files, every comment,
// and what can be done next (send, remind, a new round, add or remove someone, cancel).
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function SignOffPage({ params, searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const doneMessage = done && Object.hasOwn(signOffDoneMessages, done) ? signOffDoneMessages[done as SignOffDone] : null;
  const signOff = await getSignOff(viewer, id);
  if (!signOff) notFound();
  const options = await signOffFormOptions(viewer, { accountId: signOff.accountId });
  const onIt = new Set(signOff.recipients.filter((person) => !person.removedAt).map((person) => person.contactId));
  const addable = (options?.contacts ?? []).filter((contact) => !onIt.has(contact.id));
  const isLive = signOff.state === "draft" || signOff.state === "open";
  const hidden = { signOffId: signOff.id };
  const current = signOff.rounds.find((round) => round.id === signOff.currentRoundId);
  const hasObjection = signOff.recipients.some((person) => person.answer && person.answer.decision !== "approved");

  return (
    <div className="space-y-8">
      <PageHeading backHref="/console/sign-offs" backLabel="Sign-offs" title={signOff.subject}>
        <p className="text-sm text-zinc-600">
          For{" "}
          <Link href={`/console/accounts/${signOff.accountId}`} className="underline">
            {signOff.accountName}
          </Link>
          {signOff.objectType && signOff.objectId ? (
            <>
              {" "}
              · from{" "}
              <Link href={recordPath(signOff.objectType, signOff.objectId, "console")} className="underline">
                {signOff.objectTitle ?? signOff.objectType}
              </Link>
            </>
          ) : null}{" "}
          · <strong>{signOffStateLabels[signOff.state]}</strong>
          {signOff.dueOn ? ` · due ${formatDay(signOff.dueOn)}` : ""} · links last {Math.round(signOff.linkLifetimeHours / 24)} days ·
          reminders {signOff.hasReminders ? "on" : "off"} · made by {signOff.createdByName ?? "someone no longer here"}{" "}
          <DateTime value={signOff.createdAt} />
        </p>
      </PageHeading>

      {doneMessage ? <Flash param="done" message={doneMessage} /> : null}
      {signOff.state === "draft" ? (
        <Notice tone="info">This is a draft: nobody has been asked yet. Add the files below, then send it.</Notice>
      ) : null}
      {signOff.state === "complete" ? (
        <Notice tone="success">
          Signed off <DateTime value={signOff.completedAt} /> in round {current?.number}.{" "}
          <a href={`/console/sign-offs/${signOff.id}/certificate`} className="font-semibold underline">
            Download the certificate (PDF)
          </a>
        </Notice>
      ) : null}
      {signOff.state === "cancelled" ? (
        <Notice tone="info">
          Cancelled <DateTime value={signOff.cancelledAt} />. Its links no longer work.
        </Notice>
      ) : null}

      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-section">
          What next
        </h2>
        <div className="flex flex-wrap items-start gap-4">
          {signOff.draftRoundId ? (
            <ConfirmForm
              action={sendRoundAction}
              hidden={hidden}
              tone="primary"
              triggerLabel={signOff.state === "draft" ? "Send for sign-off" : "Send the new round"}
              confirmLabel="Send now"
              question="Everyone on it is emailed their own link. The files of this round cannot be changed once sent."
            />
          ) : null}
          {signOff.state === "open" && !signOff.draftRoundId ? (
            <>
              <ConfirmForm
                action={remindAction}
                hidden={hidden}
                triggerLabel="Remind now"
                confirmLabel="Send reminders"
                question="Everyone whose approval is still awaited is emailed a reminder with a fresh link."
              />
              <ConfirmForm
                action={startNewRoundAction}
                hidden={hidden}
                triggerLabel="Start a new round"
                confirmLabel="Start it"
                question="A new round starts with this round's files; replace those that changed, then send it. Everyone answers again."
                unavailable={hasObjection ? undefined : "A new round starts once someone asks for changes."}
              />
            </>
          ) : null}
          {isLive ? (
            <ConfirmForm
              action={cancelSignOffAction}
              hidden={hidden}
              triggerLabel="Cancel sign-off"
              confirmLabel="Cancel it"
              question="Its links stop working at once and everyone asked is told. This cannot be undone."
            />
          ) : null}
        </div>
      </section>

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-section">
          Who is asked
        </h2>
        <RecipientStates
          signOff={signOff}
          actions={(recipientId) =>
            isLive && !signOff.recipients.find((person) => person.id === recipientId)?.removedAt ? (
              <ConfirmForm
                action={removeRecipientAction}
                hidden={{ ...hidden, recipientId }}
                triggerLabel="Remove"
                confirmLabel="Remove them"
                question="Their link stops working; what they said stays in the history."
              />
            ) : null
          }
        />
        {isLive && addable.length ? (
          <ActionForm action={addRecipientAction} title="Add someone" className="flex max-w-2xl flex-wrap items-end gap-3">
            <input type="hidden" name="signOffId" value={signOff.id} />
            <SelectField
              label="Contact"
              name="contactId"
              options={addable.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.email})` }))}
            />
            <SelectField
              label="Asked for"
              name="role"
              options={[
                { value: "approver", label: "Approval required" },
                { value: "informed", label: "For information" },
              ]}
            />
            <SubmitButton variant="secondary">Add</SubmitButton>
          </ActionForm>
        ) : null}
      </section>

      <Instructions text={signOff.instructions} heading="Instructions" className="max-w-3xl" />

      <section aria-labelledby="files-heading" className="max-w-3xl space-y-3">
        <h2 id="files-heading" className="text-section">
          Files
        </h2>
        {signOff.draftRoundId ? (
          <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
            <p className="mb-2 text-sm text-zinc-700">Add files to the round being prepared (they are pinned once it is sent):</p>
            <FileUploader record={{ type: "sign_off", id: signOff.id }} maxBytes={maxUploadBytes()} from="console" />
          </div>
        ) : null}
        <RoundsView
          signOff={signOff}
          fileHref={(fileId, preview) => `/console/sign-offs/${signOff.id}/${preview ? "preview" : "files"}/${fileId}`}
          fileExtras={(file, round) => (
            <>
              <CommentList comments={signOff.comments} fileId={file.id} />
              {round.id === signOff.draftRoundId ? (
                <div className="mt-2">
                  <ConfirmForm
                    action={removeDraftFileAction}
                    hidden={{ ...hidden, fileId: file.id }}
                    triggerLabel="Take out of this round"
                    confirmLabel="Take it out"
                    question={`“${file.name}” will not be part of round ${round.number}.`}
                  />
                </div>
              ) : null}
            </>
          )}
        />
      </section>

      <section aria-labelledby="comments-heading" className="max-w-3xl space-y-3">
        <h2 id="comments-heading" className="text-section">
          Comments
        </h2>
        <CommentList comments={signOff.comments} />
        {signOff.comments.length === 0 ? <p className="text-sm text-zinc-600">No comments yet.</p> : null}
        {signOff.state === "open" || signOff.state === "complete" ? (
          <ActionForm action={staffCommentAction} title="Comment" className="space-y-3">
            <input type="hidden" name="signOffId" value={signOff.id} />
            <TextAreaField
              label="Write to everyone on the sign-off"
              name="body"
              rows={3}
              required
              hint="Plain text or simple Markdown. Everyone asked is emailed it with their link."
            />
            <SubmitButton busy="Sending…">Send comment</SubmitButton>
          </ActionForm>
        ) : null}
      </section>

      {signOff.reminders.length ? (
        <section aria-labelledby="reminders-heading" className="space-y-2">
          <h2 id="reminders-heading" className="text-section">
            Reminders sent
          </h2>
          <ul className="text-sm text-zinc-700">
            {signOff.reminders.map((reminder) => (
              <li key={reminder.createdAt.toISOString()}>
                <DateTime value={reminder.createdAt} /> · {reminder.isAutomatic ? "automatic, before the due date" : "by staff"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
