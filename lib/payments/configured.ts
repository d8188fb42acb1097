import { env } from "@/env";
import type { PaymentProvider } from "./provider";
import { stripeProvider } from "./stripe";

let configured: PaymentProvider | null | undefined;

/** The provider clients pay through, or null when none is set up (then only bank transfer is offered). */
export function configuredPaymentProvider(): PaymentProvider | null {
  if (configured === undefined) {
    configured =
      env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? stripeProvider({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiUrl: env.STRIPE_API_URL })
        : null;
  }
  return configured;
}
