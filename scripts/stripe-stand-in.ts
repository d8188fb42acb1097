import { startStripeStandIn } from "../db/testing/stripe-stand-in";

// The end-to-end suite's Stripe (playwright.config.ts starts it): the stand-in on a fixed port,
// sending its webhook events to the test server.
const standIn = await startStripeStandIn({
  port: Number(process.env.STRIPE_STAND_IN_PORT),
  secretKey: process.env.STRIPE_SECRET_KEY ?? "",
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "",
  webhookUrl: process.env.STRIPE_WEBHOOK_URL ?? "",
});
console.log(`Stripe stand-in listening on ${standIn.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void standIn.stop().then(() => process.exit(0)));
