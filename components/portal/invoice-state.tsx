const labels = { draft: "Draft", open: "Unpaid", paid: "Paid", void: "Cancelled" } as const;

// An invoice's state as a client reads it: overdue is an unpaid invoice past its due date; part
// paid, an open one with some of it paid.
export function InvoiceState({
  status,
  isOverdue,
  amountPaidCents = 0,
}: {
  status: keyof typeof labels;
  isOverdue: boolean;
  amountPaidCents?: number;
}) {
  const isPartPaid = status === "open" && amountPaidCents > 0;
  const label = isOverdue ? (isPartPaid ? "Overdue, part paid" : "Overdue") : isPartPaid ? "Part paid" : labels[status];
  const tone = isOverdue
    ? "bg-red-100 text-red-800"
    : status === "paid"
      ? "bg-green-100 text-green-800"
      : status === "open"
        ? "bg-amber-100 text-amber-900"
        : "bg-zinc-100 text-zinc-700";
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{label}</span>;
}
