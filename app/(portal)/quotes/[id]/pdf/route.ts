import { renderQuotePdf } from "@/lib/priced-pdf";
import { getPublicBranding } from "@/db/access/branding/live";
import { getMyQuote } from "@/db/access/records/quotes";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";

// The quote as a PDF, through the same check as its page; an accepted one carries the acceptance.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const quote = await getMyQuote(viewer, (await params).id);
  if (!quote) return notFoundResponse();
  const { currency, portalName } = await getPublicBranding();
  const accepted = quote.answers.find((answer) => answer.decision === "accepted" && answer.version === quote.version);
  const pdf = await renderQuotePdf(
    {
      ...quote,
      issuer: portalName,
      accountName: viewer.accountName,
      acceptance: accepted ? { typedName: accepted.typedName, acceptedAt: accepted.createdAt, contentHash: accepted.contentHash } : null,
    },
    currency,
  );
  return attachmentResponse({ name: `quote-${quote.number}.pdf`, contentType: "application/pdf", content: pdf });
}
