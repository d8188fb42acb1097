import { DateTime } from "@/components/ui/date-time";
import { QuoteAnswerList, quoteDecisionLabels } from "@/components/quotes/quote-answer-list";
import { DecisionForm, type DecisionChoice } from "@/components/ui/decision-form";
import { Notice } from "@/components/ui/notice";
import type { getMyQuote } from "@/db/access/records/quotes";
import { answerQuoteAction } from "./actions";

type Quote = NonNullable<Awaited<ReturnType<typeof getMyQuote>>>;

const choices: DecisionChoice[] = [
  {
    value: "accepted",
    label: "Accept",
    hint: "Accept this quote as it stands: your typed name is your signature.",
    commentLabel: "A note (optional)",
  },
  {
    value: "changes_requested",
    label: "Ask for changes",
    hint: "Say what should change; the team sends a revised version.",
    commentLabel: "What should change",
    isCommentRequired: true,
  },
  { value: "declined", label: "Decline", hint: "Say why, so the team knows.", commentLabel: "Why you decline it", isCommentRequired: true },
];

const afterwards = {
  accepted: "The team has been told and will be in touch.",
  declined: "The team has been told why.",
  changes_requested: "The team will send a revised version to answer.",
} as const;

// Under a quote's lines: every answer it has had, by version, and the answer form when it is the
// client's turn and they may give it.
export function QuoteAnswers({ quote, name }: { quote: Quote; name: string }) {
  const isOpen = quote.status === "sent";
  const latest = quote.answers.at(-1);
  return (
    <section aria-labelledby="answer-heading" className="space-y-3">
      <h2 id="answer-heading" className="text-section">
        Your answer
      </h2>
      <QuoteAnswerList answers={quote.answers} />
      {latest && latest.version === quote.version && !isOpen ? (
        <Notice tone={latest.decision === "accepted" ? "success" : "info"}>
          {quoteDecisionLabels[latest.decision]} by {latest.typedName} on <DateTime value={latest.createdAt} />.{" "}
          {afterwards[latest.decision]}
        </Notice>
      ) : null}
      {isOpen && quote.version > 1 ? <Notice tone="info">This is version {quote.version}, revised after your comments.</Notice> : null}
      {isOpen && quote.isExpired ? (
        <Notice tone="info">
          This quote&rsquo;s &ldquo;valid until&rdquo; date has passed, so it can no longer be accepted. Ask the team for a new one.
        </Notice>
      ) : null}
      {isOpen && !quote.mayAccept ? (
        <p className="text-sm text-zinc-600">You can read this quote; someone else at your company answers it.</p>
      ) : null}
      {isOpen && quote.mayAccept ? (
        <div className="rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <DecisionForm
            action={answerQuoteAction}
            hidden={{ quoteId: quote.id }}
            legend={`Your answer to quote ${quote.number}`}
            choices={quote.isExpired ? choices.filter((choice) => choice.value !== "accepted") : choices}
            name={name}
            recorded="Your name, the time, your IP address and browser are recorded with your answer."
          />
        </div>
      ) : null}
      {!isOpen && !quote.answers.length ? <p className="text-sm text-zinc-600">Nothing to answer on this quote.</p> : null}
    </section>
  );
}
