import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/format";
import { lineAmounts, pricedTotals, taxRateText, type PricedLine } from "@/lib/money";

// The lines of an invoice or a quote, with the total; with the tax of each line, the sum before
// tax and the tax too, when any line is taxed.
export function LineItems({
  lines,
  totalCents,
  currency,
}: {
  /** Versions answered before lines had tax carry no rate. */
  lines: (Omit<PricedLine, "taxBasisPoints"> & { description: string; taxBasisPoints?: number })[];
  totalCents: number;
  currency: string;
}) {
  const priced = lines.map((line) => ({ ...line, taxBasisPoints: line.taxBasisPoints ?? 0 }));
  const isTaxed = priced.some((line) => line.taxBasisPoints);
  const { subtotalCents, taxCents } = pricedTotals(priced);
  const span = isTaxed ? 4 : 3;
  const footerRow = (label: string, cents: number, isTotal = false) => (
    <tr key={label} className={isTotal ? "border-t border-zinc-200 font-semibold" : "border-t border-zinc-100"}>
      <th scope="row" colSpan={span} className="px-4 py-2 text-right">
        {label}
      </th>
      <td className="px-4 py-2 text-right">{formatMoney(cents, currency)}</td>
    </tr>
  );
  return (
    <DataTable
      columns={[
        "Description",
        { label: "Quantity", isNumeric: true },
        { label: "Unit price", isNumeric: true },
        ...(isTaxed ? [{ label: "Tax", isNumeric: true as const }] : []),
        { label: "Amount", isNumeric: true },
      ]}
      isEmpty={lines.length === 0}
      empty="No lines."
      footer={
        <>
          {isTaxed ? [footerRow("Subtotal", subtotalCents), footerRow("Tax", taxCents)] : null}
          {footerRow("Total", totalCents, true)}
        </>
      }
    >
      {priced.map((line, index) => (
        <tr key={index} className="border-t border-zinc-100">
          <td className="px-4 py-2">{line.description}</td>
          <td className="px-4 py-2 text-right">{line.quantity}</td>
          <td className="px-4 py-2 text-right">{formatMoney(line.unitCents, currency)}</td>
          {isTaxed ? <td className="px-4 py-2 text-right">{taxRateText(line.taxBasisPoints) || "0"}%</td> : null}
          <td className="px-4 py-2 text-right">{formatMoney(lineAmounts(line).netCents, currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
