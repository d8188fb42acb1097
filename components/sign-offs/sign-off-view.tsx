import type { ReactNode } from "react";
import { MessageText } from "@/components/conversation/message-text";
import { DateTime } from "@/components/ui/date-time";
import type { SignOffDetail } from "@/db/access/sign-offs/read";
import { formatBytes } from "@/lib/format";

// What staff and recipients both see of a sign-off: who was asked and where each stands, the
// rounds with their files (previewed when it is safe to), and the comments.

type Detail = Pick<SignOffDetail, "state" | "recipients" | "rounds" | "comments" | "currentRoundId" | "draftRoundId">;
type Round = SignOffDetail["rounds"][number];

const decisionLabels = { approved: "Approved", changes_requested: "Changes requested", rejected: "Rejected" } as const;
const decisionStyles = {
  approved: "bg-green-100 text-green-800",
  changes_requested: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-800",
} as const;

/** Images and PDFs are shown inline (served as what their bytes are, from our own origin); nothing else is. */
export function isPreviewable(contentType: string) {
  return ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"].includes(contentType);
}

export function RecipientStates({ signOff, actions }: { signOff: Detail; actions?: (recipientId: string) => ReactNode }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg bg-white ring-1 ring-zinc-200">
      {signOff.recipients.map((person) => (
        <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <div>
            <p className="font-medium">
              {person.name} {person.email ? <span className="text-sm font-normal text-zinc-600">{person.email}</span> : null}
            </p>
            <p className="text-sm text-zinc-600">{person.role === "approver" ? "Approval required" : "For information"}</p>
            {person.answer?.comment ? <p className="mt-1 text-sm whitespace-pre-line">“{person.answer.comment}”</p> : null}
          </div>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <StateOf person={person} state={signOff.state} hasRound={Boolean(signOff.currentRoundId)} />
            {actions?.(person.id)}
          </div>
        </li>
      ))}
    </ul>
  );
}

function StateOf({ person, state, hasRound }: { person: SignOffDetail["recipients"][number]; state: string; hasRound: boolean }) {
  if (person.removedAt)
    return (
      <span className="text-zinc-600">
        Removed <DateTime value={person.removedAt} />
      </span>
    );
  if (person.answer)
    return (
      <span>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${decisionStyles[person.answer.decision]}`}>
          {decisionLabels[person.answer.decision]}
        </span>{" "}
        <DateTime value={person.answer.createdAt} />
      </span>
    );
  if (!hasRound || state === "draft") return <span className="text-zinc-600">Not sent yet</span>;
  if (person.openedAt)
    return (
      <span className="text-zinc-700">
        Opened <DateTime value={person.openedAt} />
      </span>
    );
  return <span className="text-zinc-700">Sent</span>;
}

/** Rounds, newest first; each file with its size, SHA-256, download and (for images and PDFs) preview. */
export function RoundsView({
  signOff,
  fileHref,
  fileExtras,
}: {
  signOff: Detail;
  /** Where a file is downloaded, or (preview) shown inline. */
  fileHref: (fileId: string, preview?: boolean) => string;
  /** Under each file: its comments, a comment form, a remove button… */
  fileExtras?: (file: Round["files"][number], round: Round) => ReactNode;
}) {
  const rounds = [...signOff.rounds].reverse();
  return (
    <div className="space-y-6">
      {rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`} className="space-y-3">
          <h3 id={`round-${round.id}`} className="font-semibold">
            Round {round.number}{" "}
            <span className="text-sm font-normal text-zinc-600">
              {round.sentAt ? (
                <>
                  sent <DateTime value={round.sentAt} />
                  {round.id === signOff.currentRoundId ? " · current" : ""}
                </>
              ) : (
                "being prepared, not sent yet"
              )}
            </span>
          </h3>
          {round.files.length === 0 ? <p className="text-sm text-zinc-600">No files yet.</p> : null}
          <ul className="space-y-4">
            {round.files.map((file) => (
              <li key={file.id} className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <a href={fileHref(file.id)} className="font-medium break-all underline">
                    {file.name}
                  </a>
                  <span className="text-sm text-zinc-600">{formatBytes(file.sizeBytes)}</span>
                </div>
                <p className="mt-1 text-xs break-all text-zinc-600">
                  SHA-256 <code>{file.sha256}</code>
                </p>
                {isPreviewable(file.contentType) && round.id === (signOff.currentRoundId ?? signOff.draftRoundId) ? (
                  <Preview href={fileHref(file.id, true)} name={file.name} isPdf={file.contentType === "application/pdf"} />
                ) : null}
                {fileExtras?.(file, round)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Preview({ href, name, isPdf }: { href: string; name: string; isPdf: boolean }) {
  return isPdf ? (
    <iframe src={href} title={`Preview of ${name}`} className="mt-3 h-[32rem] w-full rounded border border-zinc-200" />
  ) : (
    // A plain img: our own route's bytes; next/image would re-encode what is being approved.
    <img src={href} alt={`Preview of ${name}`} className="mt-3 max-h-[32rem] max-w-full rounded border border-zinc-200" />
  );
}

/** Comments, oldest first: on the whole sign-off, or (with `fileId`) on one file. */
export function CommentList({ comments, fileId }: { comments: SignOffDetail["comments"]; fileId?: string | null }) {
  const shown = comments.filter((comment) => (comment.signOffFileId ?? null) === (fileId ?? null));
  if (shown.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3" aria-label={fileId ? "Comments on this file" : "Comments"}>
      {shown.map((comment) => (
        <li key={comment.id} className="rounded-md bg-zinc-50 p-3 text-sm ring-1 ring-zinc-200">
          <p className="mb-1 text-zinc-600">
            <span className="font-medium text-zinc-900">{comment.authorName ?? "Someone no longer here"}</span>
            {comment.authorKind === "staff" ? " (staff)" : ""} · <DateTime value={comment.createdAt} />
          </p>
          <MessageText text={comment.body} />
        </li>
      ))}
    </ul>
  );
}

/** The sign-off's instructions, when it has any, under the heading the page gives them. */
export function Instructions({ text, heading, className = "" }: { text: string; heading: string; className?: string }) {
  if (!text) return null;
  return (
    <section aria-labelledby="instructions-heading" className={`space-y-2 ${className}`}>
      <h2 id="instructions-heading" className="text-section">
        {heading}
      </h2>
      <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <MessageText text={text} />
      </div>
    </section>
  );
}

export const signOffStateLabels = { draft: "Draft", open: "Waiting for answers", complete: "Signed off", cancelled: "Cancelled" } as const;
