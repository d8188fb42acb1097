import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

// The certificate of a completed sign-off: what was approved (each file's name, size and SHA-256,
// which anyone can check against the file with `sha256sum`), in which round, and who approved it,
// when, from which IP address and browser. Its text is built as lines first, so what it says can
// be tested without reading a PDF.

export type CertificateFacts = {
  businessName: string;
  accountName: string;
  subject: string;
  signOffId: string;
  round: number;
  completedAt: Date;
  files: { name: string; sizeBytes: number; sha256: string }[];
  approvers: { name: string; email: string; typedName: string; at: Date; ip: string | null; userAgent: string | null }[];
};

type Line = { text: string; size?: number; isBold?: boolean; gapBefore?: number };

const utc = (date: Date) => `${date.toISOString().replace("T", " ").slice(0, 19)} UTC`;

export function certificateLines(facts: CertificateFacts): Line[] {
  return [
    { text: facts.businessName, size: 16, isBold: true },
    { text: "Certificate of approval", size: 14, isBold: true, gapBefore: 8 },
    { text: `Sign-off: ${facts.subject}`, gapBefore: 6 },
    { text: `Client: ${facts.accountName}` },
    { text: `Reference: ${facts.signOffId}` },
    { text: `Approved in round ${facts.round}, completed ${utc(facts.completedAt)}` },
    { text: "Files approved (SHA-256 of each file's bytes)", isBold: true, gapBefore: 12 },
    ...facts.files.flatMap((file) => [
      { text: `${file.name} (${file.sizeBytes} bytes)`, gapBefore: 4 },
      { text: `SHA-256 ${file.sha256}`, size: 8 },
    ]),
    { text: "Approved by", isBold: true, gapBefore: 12 },
    ...facts.approvers.flatMap((approver) => [
      { text: `${approver.name} <${approver.email}>, typed name "${approver.typedName}"`, gapBefore: 4 },
      { text: `at ${utc(approver.at)} from IP ${approver.ip ?? "unknown"}`, size: 8 },
      { text: `browser ${approver.userAgent ?? "unknown"}`, size: 8 },
    ]),
  ];
}

// The standard PDF fonts only know Windows-1252; anything else would make pdf-lib throw.
const printable = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff€]/g, "?");

/** The certificate as an A4 PDF, long lines wrapped, pages added as needed. */
export async function renderCertificatePdf(facts: CertificateFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate of approval: ${printable(facts.subject)}`);
  pdf.setAuthor(printable(facts.businessName));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  for (const line of certificateLines(facts)) {
    const font = line.isBold ? bold : regular;
    const size = line.size ?? 10;
    y -= line.gapBefore ?? 0;
    for (const part of wrap(printable(line.text), (text) => font.widthOfTextAtSize(text, size), 495)) {
      y -= size + 4;
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 790;
      }
      page.drawText(part, { x: 50, y, size, font, color: rgb(0.1, 0.1, 0.12) });
    }
  }
  return pdf.save();
}

/** Splits text to fit the width, at spaces where it can, anywhere where it must (a long user agent). */
function wrap(text: string, widthOf: (text: string) => number, width: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (widthOf(rest) > width) {
    let cut = rest.length;
    while (cut > 1 && widthOf(rest.slice(0, cut)) > width) cut--;
    const space = rest.lastIndexOf(" ", cut);
    const at = space > cut / 2 ? space : cut;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest);
  return parts;
}
