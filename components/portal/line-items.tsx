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
    <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-zinc-200">
      <table className="w-full text-left text-sm">
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              Description
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Quantity
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Unit price
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index} className="border-t border-zinc-100">
              <td className="px-4 py-2">{line.description}</td>
              <td className="px-4 py-2 text-right">{line.quantity}</td>
              <td className="px-4 py-2 text-right">{formatMoney(line.unitCents, currency)}</td>
              <td className="px-4 py-2 text-right">{formatMoney(line.quantity * line.unitCents, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-zinc-200 font-semibold">
            <th scope="row" colSpan={3} className="px-4 py-2 text-right">
              Total
            </th>
            <td className="px-4 py-2 text-right">{formatMoney(totalCents, currency)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
