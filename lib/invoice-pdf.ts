import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { formatDay, formatMoney } from "@/lib/format";

type InvoiceForPdf = {
  number: string;
  issuer: string;
  accountName: string;
  issuedOn: string;
  dueOn: string | null;
  totalCents: number;
  amountPaidCents: number;
  lines: { description: string; quantity: number; unitCents: number }[];
};

// The standard PDF fonts only know Windows-1252; anything else would make pdf-lib throw.
const printable = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff€]/g, "?");

/** An invoice as a one-or-more-page A4 PDF, drawn with the standard fonts (nothing to install). */
export async function renderInvoicePdf(invoice: InvoiceForPdf, currency: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Invoice ${invoice.number}`);
  pdf.setAuthor(invoice.issuer);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const money = (cents: number) => printable(formatMoney(cents, currency));
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const write = (text: string, x: number, options: { size?: number; isBold?: boolean; alignRight?: boolean } = {}) => {
    const font = options.isBold ? bold : regular;
    const size = options.size ?? 10;
    const safe = printable(text);
    const left = options.alignRight ? x - font.widthOfTextAtSize(safe, size) : x;
    page.drawText(safe, { x: left, y, size, font, color: rgb(0.1, 0.1, 0.12) });
  };

  write(invoice.issuer, 50, { size: 18, isBold: true });
  y -= 30;
  write(`Invoice ${invoice.number}`, 50, { size: 14, isBold: true });
  y -= 20;
  write(`Billed to: ${invoice.accountName}`, 50);
  y -= 15;
  write(`Issued: ${formatDay(invoice.issuedOn)}    Due: ${formatDay(invoice.dueOn)}`, 50);
  y -= 35;
  write("Description", 50, { isBold: true });
  write("Qty", 370, { isBold: true, alignRight: true });
  write("Unit price", 460, { isBold: true, alignRight: true });
  write("Amount", 545, { isBold: true, alignRight: true });
  for (const line of invoice.lines) {
    y -= 18;
    if (y < 80) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    write(line.description.slice(0, 60), 50);
    write(String(line.quantity), 370, { alignRight: true });
    write(money(line.unitCents), 460, { alignRight: true });
    write(money(line.quantity * line.unitCents), 545, { alignRight: true });
  }
  y -= 30;
  write("Total", 460, { isBold: true, alignRight: true });
  write(money(invoice.totalCents), 545, { isBold: true, alignRight: true });
  y -= 16;
  write("Paid", 460, { alignRight: true });
  write(money(invoice.amountPaidCents), 545, { alignRight: true });
  y -= 16;
  write("Still to pay", 460, { isBold: true, alignRight: true });
  write(money(Math.max(invoice.totalCents - invoice.amountPaidCents, 0)), 545, { isBold: true, alignRight: true });
  return pdf.save();
}
