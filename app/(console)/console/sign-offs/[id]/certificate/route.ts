import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getCertificateFacts } from "@/db/access/sign-offs/certificate";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { renderCertificatePdf } from "@/lib/sign-offs/certificate-pdf";

// The certificate of a completed sign-off, for staff: a 404 until it is complete.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const facts = await getCertificateFacts(viewer, (await params).id);
  if (!facts) return notFoundResponse();
  return attachmentResponse({
    name: `sign-off-certificate-${facts.signOffId.slice(0, 8)}.pdf`,
    contentType: "application/pdf",
    content: await renderCertificatePdf(facts),
  });
}
