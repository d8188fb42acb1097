import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { QuoteAnswerList } from "@/components/quotes/quote-answer-list";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { getQuote } from "@/db/access/records/quotes";
import { invoiceFromQuoteAction, sendRevisedQuoteAction } from "./actions";

type Quote = NonNullable<Awaited<ReturnType<typeof getQuote>>>;

// Under the quote's form: the client's answers, version by version, with what proves each, and
// what comes next (send the revision, or turn the accepted quote into an invoice).
export function ClientAnswers({ record: quote }: { record: Quote }) {
  return (
    <section aria-labelledby="client-answers-heading" className="max-w-3xl space-y-3">
      <h2 id="client-answers-heading" className="text-section">
        The client&rsquo;s answers
      </h2>
      <QuoteAnswerList answers={quote.answers} isStaff />
      {quote.answers.length ? null : (
        <p className="text-sm text-zinc-600">No answer yet. Clients who may accept quotes answer it in the portal.</p>
      )}
      {quote.status === "sent" && quote.version > 1 ? (
        <Notice tone="info">Version {quote.version}, revised after the client&rsquo;s changes, is sent: waiting for their answer.</Notice>
      ) : null}
      {quote.status === "changes_requested" ? (
        <ActionForm action={sendRevisedQuoteAction} title="Send the revised version" className="space-y-2">
          <input type="hidden" name="quoteId" value={quote.id} />
          <p className="text-sm text-zinc-700">
            Change the lines above and save, then send it: the client answers version {quote.version + 1}.
          </p>
          <SubmitButton busy="Sending…">Send the revised version</SubmitButton>
        </ActionForm>
      ) : null}
      {quote.status === "accepted" && quote.invoiceId ? (
        <p className="text-sm">
          <Link href={`/console/invoices/${quote.invoiceId}`} className="underline">
            Open the invoice made from it
          </Link>
        </p>
      ) : null}
      {quote.status === "accepted" && !quote.invoiceId ? (
        <ActionForm action={invoiceFromQuoteAction} title="Turn into an invoice" className="space-y-2">
          <input type="hidden" name="quoteId" value={quote.id} />
          <SubmitButton busy="Making the invoice…">Turn into an invoice</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}
