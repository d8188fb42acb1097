// A payment provider, as the rest of the product sees it: start a payment for an invoice on the
// provider's own page (no card data reaches us), and turn an event the provider sent into what it
// means for us. Stripe is the one built (stripe.ts); decision 0016 says how PayPal would fit.

export type CheckoutRequest = {
  /** Our payment attempt: the provider's idempotency key and what its events carry back. */
  attemptId: string;
  invoiceId: string;
  accountId: string;
  invoiceNumber: string;
  businessName: string;
  amountCents: number;
  /** ISO 4217, upper case. */
  currency: string;
  payerEmail: string;
  successUrl: string;
  cancelUrl: string;
};

export type Checkout = { ref: string; url: string };

/** What our own request put on the checkout, as the event carries it back. */
export type Claimed = { attemptId?: string; invoiceId?: string; accountId?: string };

export type PaymentOutcome =
  | { kind: "paid"; checkoutRef: string; paymentRef: string; amountCents: number; currency: string; claimed: Claimed }
  | { kind: "failed"; checkoutRef?: string; reason: string; claimed: Claimed }
  | { kind: "expired"; checkoutRef: string; claimed: Claimed }
  /** `refundedCents` is everything refunded of that payment so far, not this refund alone. */
  | { kind: "refunded"; paymentRef: string; refundedCents: number; currency: string }
  | { kind: "ignored" };

export type ProviderEvent = { id: string; type: string; outcome: PaymentOutcome };

export class InvalidSignatureError extends Error {}

export interface PaymentProvider {
  /** Stored with each attempt, payment and event: "stripe". */
  readonly name: string;
  /** How the portal names it to clients. */
  readonly label: string;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** Closes a payment page nobody has paid on, so it cannot be paid; a finished page is left as it is. */
  expireCheckout(ref: string): Promise<void>;
  /** The event in a webhook's body, if its signature is right; otherwise InvalidSignatureError. */
  verifyEvent(body: string, headers: Headers): ProviderEvent;
}
