import "server-only";
import { getPublicBranding } from "../branding/live";
import type { StaffViewer } from "../viewer/viewer";
import type { CertificateFacts } from "@/lib/sign-offs/certificate-pdf";
import { getSignOff, getWholeSignOffFor, type SignOffDetail } from "./read";
import type { RecipientViewer } from "./recipients";

// What the certificate of a completed sign-off states, for staff and for its recipients.

/** Staff or a recipient: the certificate's facts, once the sign-off is complete (else null). */
export async function getCertificateFacts(viewer: StaffViewer | RecipientViewer, signOffId: string): Promise<CertificateFacts | null> {
  const signOff = viewer.kind === "recipient" ? await getWholeSignOffFor(viewer) : await getSignOff(viewer, signOffId);
  return signOff ? factsOf(signOff) : null;
}

async function factsOf(signOff: SignOffDetail): Promise<CertificateFacts | null> {
  const round = signOff.rounds.find((candidate) => candidate.id === signOff.currentRoundId);
  if (signOff.state !== "complete" || !round || !signOff.completedAt) return null;
  const { portalName } = await getPublicBranding();
  return {
    businessName: portalName,
    accountName: signOff.accountName,
    subject: signOff.subject,
    signOffId: signOff.id,
    round: round.number,
    completedAt: signOff.completedAt,
    files: round.files.map(({ name, sizeBytes, sha256 }) => ({ name, sizeBytes, sha256 })),
    approvers: signOff.recipients.flatMap((person) =>
      person.answer?.decision === "approved" && !person.removedAt
        ? [
            {
              name: person.name,
              email: person.email,
              typedName: person.answer.typedName,
              at: person.answer.createdAt,
              ip: person.answer.ip,
              userAgent: person.answer.userAgent,
            },
          ]
        : [],
    ),
  };
}
