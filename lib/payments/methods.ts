/** How a payment was made, as receipts and invoice pages say it. */
export const paymentMethodLabels = {
  card: "Card (online)",
  bank_transfer: "Bank transfer",
  cheque: "Cheque",
  cash: "Cash",
  other: "Other",
} as const;
export type PaymentMethod = keyof typeof paymentMethodLabels;
