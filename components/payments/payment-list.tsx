import { DataTable } from "@/components/ui/data-table";
import { formatDay, formatMoney } from "@/lib/format";
import { paymentMethodLabels, type PaymentMethod } from "@/lib/payments/methods";

type Payment = {
  id: string;
  receiptNumber: string;
  receivedOn: string;
  amountCents: number;
  refundedCents: number;
  currency: string;
  method: PaymentMethod;
  /** Staff only. */
  reference?: string;
  receiptSentTo?: string[];
  payerName?: string | null;
  recordedByName?: string | null;
};

// An invoice's payments, oldest first, and what is still due; staff also see each one's
// reference, who paid or recorded it, and where its receipt went.
export function PaymentList({
  payments,
  dueCents,
  currency,
  isStaff = false,
}: {
  payments: Payment[];
  dueCents: number;
  currency: string;
  isStaff?: boolean;
}) {
  const columns = ["Date", { label: "Amount", isNumeric: true as const }, "How", "Receipt", ...(isStaff ? ["Details"] : [])];
  return (
    <DataTable
      columns={columns}
      isEmpty={payments.length === 0}
      empty="No payments yet."
      footer={
        payments.length ? (
          <tr className="border-t border-zinc-200 font-semibold">
            <th scope="row" className="px-4 py-2 text-left">
              Still to pay
            </th>
            <td className="px-4 py-2 text-right">{formatMoney(Math.max(dueCents, 0), currency)}</td>
            <td colSpan={isStaff ? 3 : 2} />
          </tr>
        ) : null
      }
    >
      {payments.map((payment) => (
        <tr key={payment.id} className="border-t border-zinc-100 align-top">
          <td className="px-4 py-2 whitespace-nowrap">{formatDay(payment.receivedOn)}</td>
          <td className="px-4 py-2 text-right whitespace-nowrap">
            {formatMoney(payment.amountCents, payment.currency)}
            {payment.refundedCents ? (
              <span className="block text-xs text-zinc-600">{formatMoney(payment.refundedCents, payment.currency)} refunded</span>
            ) : null}
          </td>
          <td className="px-4 py-2">{paymentMethodLabels[payment.method]}</td>
          <td className="px-4 py-2">{payment.receiptNumber}</td>
          {isStaff ? (
            <td className="px-4 py-2 text-zinc-700">
              {[
                payment.reference,
                payment.payerName ? `paid by ${payment.payerName}` : null,
                payment.recordedByName ? `recorded by ${payment.recordedByName}` : null,
                payment.receiptSentTo?.length ? `receipt to ${payment.receiptSentTo.join(", ")}` : "no receipt emailed",
              ]
                .filter(Boolean)
                .join(" · ")}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
