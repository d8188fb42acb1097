import { renderInvoicePdf } from "@/lib/priced-pdf";
import { getPublicBranding } from "@/db/access/branding/live";
import { getMyInvoice } from "@/db/access/records/invoices";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";

// The invoice as a PDF, through the same check as its page: not theirs or not allowed is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const invoice = await getMyInvoice(viewer, (await params).id);
  if (!invoice) return notFoundResponse();
  const { currency } = await getPublicBranding();
  const pdf = await renderInvoicePdf(invoice, currency);
  return attachmentResponse({ name: `invoice-${invoice.number}.pdf`, contentType: "application/pdf", content: pdf });
}
