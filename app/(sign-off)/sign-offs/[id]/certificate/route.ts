import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getCertificateFacts } from "@/db/access/sign-offs/certificate";
import { getRecipientViewer } from "@/db/access/sign-offs/recipients";
import { renderCertificatePdf } from "@/lib/sign-offs/certificate-pdf";

// The certificate of a completed sign-off, for the people asked on it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const recipient = await getRecipientViewer(id);
  const facts = recipient ? await getCertificateFacts(recipient, id) : null;
  if (!facts) return notFoundResponse();
  return attachmentResponse({
    name: `sign-off-certificate-${facts.signOffId.slice(0, 8)}.pdf`,
    contentType: "application/pdf",
    content: await renderCertificatePdf(facts),
  });
}
