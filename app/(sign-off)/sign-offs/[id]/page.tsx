import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CommentList, RecipientStates, RoundsView, signOffStateLabels, Instructions } from "@/components/sign-offs/sign-off-view";
import { DateTime } from "@/components/ui/date-time";
import { Notice } from "@/components/ui/notice";
import { getSignOffFor, owesAnswer } from "@/db/access/sign-offs/read";
import { getRecipientViewer, hasSignOffSession, markOpenedBy } from "@/db/access/sign-offs/recipients";
import { getViewer } from "@/db/access/viewer/viewer";
import { formatDay } from "@/lib/format";
import { AnswerForm } from "./_components/answer-form";
import { CommentForm } from "./_components/comment-form";

export const metadata: Metadata = { title: "Sign-off" };

const justAnswered = { approved: "Approved.", changes_requested: "Your requested changes are sent.", rejected: "Your rejection is sent." };

// A sign-off for one of the people asked: what to look at, the files, the comments, and for those
// whose approval is required, their answer. Anyone else gets the answer of a missing page.
export default async function RecipientSignOffPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ answered?: string }>;
}) {
  const { id } = await params;
  const isJustAnswered = (await searchParams).answered === "1";
  const recipient = await getRecipientViewer(id);
  if (!recipient) {
    const viewer = await getViewer();
    if (viewer?.kind === "staff") redirect(`/console/sign-offs/${id}`);
    if (!viewer && !(await hasSignOffSession())) redirect("/sign-in");
    notFound();
  }
  const signOff = await getSignOffFor(recipient);
  if (!signOff) notFound();
  await markOpenedBy(recipient);
  const round = signOff.rounds.find((candidate) => candidate.id === signOff.currentRoundId);
  const mine = signOff.recipients.find((person) => person.id === recipient.recipientId);
  const canComment = signOff.state !== "cancelled" && !recipient.isReadOnly;

  return (
    <div className="space-y-8">
      <div>
        {recipient.via === "portal" ? (
          <p className="text-sm">
            <Link href="/sign-offs" className="underline">
              Your sign-offs
            </Link>
          </p>
        ) : null}
        <h1 className="mt-1 text-title">{signOff.subject}</h1>
        <p className="text-sm text-zinc-600">
          For {signOff.accountName} · <strong>{signOffStateLabels[signOff.state]}</strong>
          {signOff.dueOn ? ` · answer by ${formatDay(signOff.dueOn)}` : ""} · you are asked{" "}
          {recipient.role === "approver" ? "for your approval" : "for information"}
        </p>
      </div>

      {signOff.state === "complete" ? (
        <Notice tone="success">
          Signed off <DateTime value={signOff.completedAt} />.{" "}
          <a href={`/sign-offs/${signOff.id}/certificate`} className="font-semibold underline">
            Download the certificate (PDF)
          </a>
        </Notice>
      ) : null}
      {signOff.state === "cancelled" ? <Notice tone="info">This sign-off was cancelled. Nothing more is needed from you.</Notice> : null}
      {mine?.answer ? (
        <Notice tone={isJustAnswered ? "success" : "info"}>
          {isJustAnswered ? `${justAnswered[mine.answer.decision]} ` : null}
          {isJustAnswered && signOff.state === "complete" ? "Everyone has approved: the sign-off is complete. " : null}
          {isJustAnswered && signOff.state !== "complete" ? "The team has been told. " : null}
          You answered round {round?.number} on <DateTime value={mine.answer.createdAt} />:{" "}
          {{ approved: "approved", changes_requested: "changes requested", rejected: "rejected" }[mine.answer.decision]}.
        </Notice>
      ) : null}

      <Instructions text={signOff.instructions} heading="What is asked" />

      <section aria-labelledby="files-heading" className="space-y-3">
        <h2 id="files-heading" className="text-section">
          Files
        </h2>
        <RoundsView
          signOff={signOff}
          fileHref={(fileId, preview) => `/sign-offs/${signOff.id}/${preview ? "preview" : "files"}/${fileId}`}
          fileExtras={(file, shownRound) => (
            <>
              <CommentList comments={signOff.comments} fileId={file.id} />
              {canComment && shownRound.id === signOff.currentRoundId ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium underline">Comment on this file</summary>
                  <CommentForm signOffId={signOff.id} file={{ id: file.id, name: file.name }} />
                </details>
              ) : null}
            </>
          )}
        />
      </section>

      {owesAnswer(signOff, recipient) && !recipient.isReadOnly && round ? (
        <section aria-labelledby="answer-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <h2 id="answer-heading" className="text-section">
            Your answer
          </h2>
          <AnswerForm signOffId={signOff.id} name={recipient.name} round={round.number} />
        </section>
      ) : null}

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-section">
          Who is asked
        </h2>
        <RecipientStates signOff={signOff} />
      </section>

      <section aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="text-section">
          Comments
        </h2>
        <CommentList comments={signOff.comments} />
        {signOff.comments.every((comment) => comment.signOffFileId) ? (
          <p className="text-sm text-zinc-600">No comments on the whole sign-off yet.</p>
        ) : null}
        {canComment ? <CommentForm signOffId={signOff.id} /> : null}
      </section>
    </div>
  );
}
