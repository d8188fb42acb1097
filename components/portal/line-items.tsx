import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/format";

// The lines of an invoice or a quote, with the total.
export function LineItems({
  lines,
  totalCents,
  currency,
}: {
  lines: { description: string; quantity: number; unitCents: number }[];
  totalCents: number;
  currency: string;
}) {
  return (
    <DataTable
      columns={[
        "Description",
        { label: "Quantity", isNumeric: true },
        { label: "Unit price", isNumeric: true },
        { label: "Amount", isNumeric: true },
      ]}
      isEmpty={lines.length === 0}
      empty="No lines."
      footer={
        <tr className="border-t border-zinc-200 font-semibold">
          <th scope="row" colSpan={3} className="px-4 py-2 text-right">
            Total
          </th>
          <td className="px-4 py-2 text-right">{formatMoney(totalCents, currency)}</td>
        </tr>
      }
    >
      {lines.map((line, index) => (
        <tr key={index} className="border-t border-zinc-100">
          <td className="px-4 py-2">{line.description}</td>
          <td className="px-4 py-2 text-right">{line.quantity}</td>
          <td className="px-4 py-2 text-right">{formatMoney(line.unitCents, currency)}</td>
          <td className="px-4 py-2 text-right">{formatMoney(line.quantity * line.unitCents, currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
