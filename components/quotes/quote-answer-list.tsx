import { DateTime } from "@/components/ui/date-time";
import type { getQuote } from "@/db/access/records/quotes";

// Staff's answers carry IP and browser; a contact's do not.
type StaffAnswer = NonNullable<Awaited<ReturnType<typeof getQuote>>>["answers"][number];
type Answer = Omit<StaffAnswer, "ip" | "userAgent"> & Partial<Pick<StaffAnswer, "ip" | "userAgent">>;

export const quoteDecisionLabels = { accepted: "Accepted", declined: "Declined", changes_requested: "Changes asked for" } as const;

// A quote's answers, version by version; staff also see what proves each (IP, browser, hash).
export function QuoteAnswerList({ answers, isStaff = false }: { answers: Answer[]; isStaff?: boolean }) {
  if (!answers.length) return null;
  return (
    <ol className="space-y-2">
      {answers.map((answer) => (
        <li key={answer.version} className="rounded-md bg-white p-3 text-sm ring-1 ring-zinc-200">
          <p>
            <strong>
              Version {answer.version}: {quoteDecisionLabels[answer.decision]}
            </strong>{" "}
            by {answer.typedName}, <DateTime value={answer.createdAt} />
          </p>
          {answer.comment ? <p className="mt-1 whitespace-pre-wrap">{answer.comment}</p> : null}
          {isStaff ? (
            <p className="mt-1 break-all text-xs text-zinc-600">
              From {answer.ip ?? "an unknown address"} · {answer.userAgent ?? "unknown browser"} · SHA-256 {answer.contentHash}
            </p>
          ) : answer.decision === "accepted" ? (
            <p className="mt-1 break-all text-xs text-zinc-600">SHA-256 of what was accepted: {answer.contentHash}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
