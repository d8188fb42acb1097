import Stripe from "stripe";
import {
  InvalidSignatureError,
  type Checkout,
  type CheckoutRequest,
  type Claimed,
  type PaymentOutcome,
  type PaymentProvider,
} from "./provider";

// Stripe Checkout: the client pays on Stripe's page, and Stripe tells us by signed webhook. Only
// the events below mean anything to us; every other event is acknowledged and ignored.

export type StripeConfig = {
  secretKey: string;
  webhookSecret: string;
  /** Another server that speaks Stripe's API (a stand-in for tests); Stripe's own when unset. */
  apiUrl?: string;
};

export function stripeProvider(config: StripeConfig): PaymentProvider {
  const stripe = new Stripe(config.secretKey, { ...addressOf(config.apiUrl), maxNetworkRetries: 2, timeout: 20_000 });
  return {
    name: "stripe",
    label: "card (Stripe)",
    createCheckout: (request) => createCheckout(stripe, request),
    async expireCheckout(ref) {
      try {
        await stripe.checkout.sessions.expire(ref);
      } catch (error) {
        // Stripe refuses to expire a session that is no longer open (paid, or expired already).
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw error;
      }
    },
    verifyEvent(body, headers) {
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(body, headers.get("stripe-signature") ?? "", config.webhookSecret);
      } catch (error) {
        throw new InvalidSignatureError(error instanceof Error ? error.message : "Bad signature");
      }
      return { id: event.id, type: event.type, outcome: outcomeOf(event) };
    },
  };
}

function addressOf(apiUrl: string | undefined) {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? ("http" as const) : ("https" as const);
  return { host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol };
}

async function createCheckout(stripe: Stripe, request: CheckoutRequest): Promise<Checkout> {
  const metadata = { attempt_id: request.attemptId, invoice_id: request.invoiceId, account_id: request.accountId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: request.attemptId,
      customer_email: request.payerEmail,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: request.amountCents,
            product_data: { name: `Invoice ${request.invoiceNumber}`, description: `Payment to ${request.businessName}` },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata, description: `${request.businessName}: invoice ${request.invoiceNumber}` },
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    },
    // Our attempt's id: a retried request after a lost answer gets the same session back.
    { idempotencyKey: `checkout/${request.attemptId}` },
  );
  if (!session.url) throw new Error("Stripe answered without a payment page.");
  return { ref: session.id, url: session.url };
}

function claimedBy(metadata: Stripe.Metadata | null | undefined): Claimed {
  return { attemptId: metadata?.attempt_id, invoiceId: metadata?.invoice_id, accountId: metadata?.account_id };
}

function paidOutcome(session: Stripe.Checkout.Session): PaymentOutcome {
  const intent = session.payment_intent;
  return {
    kind: "paid",
    checkoutRef: session.id,
    paymentRef: (typeof intent === "string" ? intent : intent?.id) ?? session.id,
    amountCents: session.amount_total ?? 0,
    currency: (session.currency ?? "").toUpperCase(),
    claimed: claimedBy(session.metadata),
  };
}

function outcomeOf(event: Stripe.Event): PaymentOutcome {
  switch (event.type) {
    case "checkout.session.completed":
      // Card payments are paid on completion; bank debits and the like complete unpaid and
      // report later through the async events.
      return event.data.object.payment_status === "paid" ? paidOutcome(event.data.object) : { kind: "ignored" };
    case "checkout.session.async_payment_succeeded":
      return paidOutcome(event.data.object);
    case "checkout.session.async_payment_failed":
      return {
        kind: "failed",
        checkoutRef: event.data.object.id,
        reason: "Your bank did not complete the payment.",
        claimed: claimedBy(event.data.object.metadata),
      };
    case "checkout.session.expired":
      return { kind: "expired", checkoutRef: event.data.object.id, claimed: claimedBy(event.data.object.metadata) };
    case "payment_intent.payment_failed":
      return {
        kind: "failed",
        reason: event.data.object.last_payment_error?.message ?? "The card was declined.",
        claimed: claimedBy(event.data.object.metadata),
      };
    case "charge.refunded": {
      const intent = event.data.object.payment_intent;
      const paymentRef = typeof intent === "string" ? intent : intent?.id;
      if (!paymentRef) return { kind: "ignored" };
      return {
        kind: "refunded",
        paymentRef,
        refundedCents: event.data.object.amount_refunded,
        currency: event.data.object.currency.toUpperCase(),
      };
    }
    default:
      return { kind: "ignored" };
  }
}
