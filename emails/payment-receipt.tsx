import { Column, Row, Section, Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { paymentReceiptSubject } from "./catalog";

export type PaymentReceiptEmailProps = {
  brand: EmailBrand;
  /** The payer's name; none for a copy to the business's own address. */
  name?: string | null;
  moment: "received" | "refunded";
  receiptNumber: string;
  invoiceNumber: string;
  accountName: string;
  /** Already formatted in the invoice's currency: this payment, or this refund. */
  amount: string;
  method: string;
  day: string;
  stillDue: string;
  /** The invoice in the portal, for the payer. */
  invoiceUrl?: string | null;
};

// The receipt for a payment (or a refund of one): what was paid, on which invoice, how, and what
// is still due. A receipt carries nothing secret; the invoice itself still needs signing in.
export default function PaymentReceiptEmail(props: PaymentReceiptEmailProps) {
  const rows: [string, string][] = [
    ["Receipt", props.receiptNumber],
    ["Invoice", props.invoiceNumber],
    ["For", props.accountName],
    [props.moment === "refunded" ? "Refunded" : "Paid", props.amount],
    ["How", props.method],
    ["Date", props.day],
    ["Still to pay", props.stillDue],
  ];
  return (
    <BrandedLayout brand={props.brand} preview={paymentReceiptSubject(props)}>
      <Text style={paragraph}>{props.name ? `Hello ${props.name},` : "Hello,"}</Text>
      <Text style={paragraph}>
        {props.moment === "refunded"
          ? `${props.amount} of the payment on invoice ${props.invoiceNumber} was refunded. It can take a few days to reach the account it was paid from.`
          : `Thank you: ${props.brand.portalName} received ${props.amount} for invoice ${props.invoiceNumber}. Keep this email as your receipt.`}
      </Text>
      <Section style={table}>
        {rows.map(([label, value]) => (
          <Row key={label}>
            <Column style={labelCell}>{label}</Column>
            <Column style={valueCell}>{value}</Column>
          </Row>
        ))}
      </Section>
      {props.invoiceUrl ? (
        <BrandButton brand={props.brand} href={props.invoiceUrl}>
          Open the invoice
        </BrandButton>
      ) : null}
    </BrandedLayout>
  );
}

const table = { border: "1px solid #e4e4e7", borderRadius: 6, margin: "16px 0", padding: "8px 12px" } as const;
const labelCell = { color: "#52525b", fontSize: 14, padding: "4px 0", width: "40%" } as const;
const valueCell = { color: "#18181b", fontSize: 14, fontWeight: 600, padding: "4px 0" } as const;

PaymentReceiptEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  moment: "received",
  receiptNumber: "R-000042",
  invoiceNumber: "INV-1042",
  accountName: "Northwind Traders",
  amount: "£1,250.00",
  method: "Card (online)",
  day: "3 December 2026",
  stillDue: "£0.00",
  invoiceUrl: "http://localhost:3000/invoices/preview",
} satisfies PaymentReceiptEmailProps;
