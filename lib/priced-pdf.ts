import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { formatDay, formatMoney } from "@/lib/format";
import { lineAmounts, pricedTotals, taxRateText, type PricedLine } from "@/lib/money";

type Line = PricedLine & { description: string };
type Common = { number: string; issuer: string; accountName: string; issuedOn: string; totalCents: number; lines: Line[] };

type InvoiceForPdf = Common & { dueOn: string | null; amountPaidCents: number };

type QuoteForPdf = Common & {
  title: string;
  version: number;
  validUntil: string | null;
  /** The acceptance, when the client has accepted this version. */
  acceptance?: { typedName: string; acceptedAt: Date; contentHash: string } | null;
};

// The standard PDF fonts only know Windows-1252; anything else would make pdf-lib throw.
const printable = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff€]/g, "?");

/** An invoice as a one-or-more-page A4 PDF, drawn with the standard fonts (nothing to install). */
export function renderInvoicePdf(invoice: InvoiceForPdf, currency: string): Promise<Uint8Array> {
  return renderPricedPdf(
    {
      heading: `Invoice ${invoice.number}`,
      document: invoice,
      dates: `Issued: ${formatDay(invoice.issuedOn)}    Due: ${formatDay(invoice.dueOn)}`,
      totals: [
        ...taxRows(invoice.lines),
        ["Total", invoice.totalCents, true],
        ["Paid", invoice.amountPaidCents, false],
        ["Still to pay", Math.max(invoice.totalCents - invoice.amountPaidCents, 0), true],
      ],
    },
    currency,
  );
}

/** A quote as a PDF; an accepted one says who accepted it, when, and the hash of what they accepted. */
export function renderQuotePdf(quote: QuoteForPdf, currency: string): Promise<Uint8Array> {
  const { acceptance } = quote;
  return renderPricedPdf(
    {
      heading: `Quote ${quote.number}: ${quote.title}`,
      document: quote,
      dates: `Issued: ${formatDay(quote.issuedOn)}    Valid until: ${formatDay(quote.validUntil)}    Version ${quote.version}`,
      totals: [...taxRows(quote.lines), ["Total", quote.totalCents, true]],
      closing: acceptance
        ? [
            `Accepted by ${acceptance.typedName} on ${acceptance.acceptedAt.toISOString().replace("T", " ").slice(0, 16)} UTC,`,
            "confirmed by typing their full name in the client portal.",
            `SHA-256 of the version accepted: ${acceptance.contentHash}`,
          ]
        : ["Not accepted yet: accept it in the client portal."],
    },
    currency,
  );
}

/** Before the total, when any line is taxed: the sum before tax and the tax. */
function taxRows(lines: Line[]): [string, number, boolean][] {
  const { subtotalCents, taxCents } = pricedTotals(lines);
  return taxCents
    ? [
        ["Subtotal", subtotalCents, false],
        ["Tax", taxCents, false],
      ]
    : [];
}

type Layout = {
  heading: string;
  document: Common;
  dates: string;
  totals: [label: string, cents: number, isBold: boolean][];
  closing?: string[];
};

async function renderPricedPdf(layout: Layout, currency: string): Promise<Uint8Array> {
  const { document } = layout;
  const pdf = await PDFDocument.create();
  pdf.setTitle(layout.heading);
  pdf.setAuthor(document.issuer);
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
  const nextLine = (gap: number) => {
    y -= gap;
    if (y < 80) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
  };

  write(document.issuer, 50, { size: 18, isBold: true });
  y -= 30;
  write(layout.heading.slice(0, 80), 50, { size: 14, isBold: true });
  y -= 20;
  write(`Billed to: ${document.accountName}`, 50);
  y -= 15;
  write(layout.dates, 50);
  y -= 35;
  // A tax column only when a line is taxed; the description gives it the room.
  const isTaxed = document.lines.some((line) => line.taxBasisPoints);
  const at = isTaxed ? { quantity: 330, unit: 410, tax: 460 } : { quantity: 370, unit: 460, tax: 0 };
  write("Description", 50, { isBold: true });
  write("Qty", at.quantity, { isBold: true, alignRight: true });
  write("Unit price", at.unit, { isBold: true, alignRight: true });
  if (isTaxed) write("Tax", at.tax, { isBold: true, alignRight: true });
  write("Amount", 545, { isBold: true, alignRight: true });
  for (const line of document.lines) {
    nextLine(18);
    write(line.description.slice(0, isTaxed ? 48 : 60), 50);
    write(String(line.quantity), at.quantity, { alignRight: true });
    write(money(line.unitCents), at.unit, { alignRight: true });
    if (isTaxed) write(`${taxRateText(line.taxBasisPoints) || "0"}%`, at.tax, { alignRight: true });
    write(money(lineAmounts(line).netCents), 545, { alignRight: true });
  }
  nextLine(30);
  for (const [index, [label, cents, isBold]] of layout.totals.entries()) {
    if (index) nextLine(16);
    write(label, 460, { isBold, alignRight: true });
    write(money(cents), 545, { isBold, alignRight: true });
  }
  for (const [index, text] of (layout.closing ?? []).entries()) {
    nextLine(index ? 14 : 40);
    write(text, 50, { size: 9, isBold: index === 0 });
  }
  return pdf.save();
}
