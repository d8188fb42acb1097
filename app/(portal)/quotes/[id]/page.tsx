import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LineItems } from "@/components/portal/line-items";
import { AttachedFiles, RecordDetail } from "@/components/portal/record-detail";
import { formatDay, humanize } from "@/lib/format";
import { getPublicBranding } from "@/db/access/branding/live";
import { getMyQuote } from "@/db/access/records/quotes";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Quote" };

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const [quote, { currency }] = await Promise.all([getMyQuote(viewer, (await params).id), getPublicBranding()]);
  if (!quote) notFound();
  return (
    <RecordDetail
      backHref="/quotes"
      backLabel="Quotes"
      title={`${quote.number} · ${quote.title}`}
      facts={[
        ["Status", humanize(quote.status)],
        ["Issued", formatDay(quote.issuedOn)],
        ["Valid until", formatDay(quote.validUntil)],
        ["Manager", quote.managerName ?? "—"],
      ]}
    >
      <LineItems lines={quote.lines} totalCents={quote.totalCents} currency={currency} />
      <AttachedFiles files={quote.files} />
    </RecordDetail>
  );
}
