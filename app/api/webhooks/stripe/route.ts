import { unsafeApplyPaymentEvent } from "@/db/access/payments/events";
import { unsafeCloseOutgrownCheckouts } from "@/db/access/payments/outgrown-checkouts";
import { configuredPaymentProvider } from "@/lib/payments/configured";
import { InvalidSignatureError } from "@/lib/payments/provider";

// Stripe's events (Dashboard › Developers › Webhooks, pointed at /api/webhooks/stripe, signed with
// STRIPE_WEBHOOK_SECRET). The signature is checked on the raw body by the SDK before anything is
// read; each event is acted on once. A refused event is answered 200, so Stripe stops resending
// what will never be accepted; it is logged and in the audit log for staff.

export async function POST(request: Request) {
  const provider = configuredPaymentProvider();
  if (!provider || provider.name !== "stripe") return new Response("Not found", { status: 404 });
  const body = await request.text();
  if (body.length > 1_000_000) return Response.json({ error: "Payload too large" }, { status: 413 });
  let event;
  try {
    event = provider.verifyEvent(body, request.headers);
  } catch (error) {
    if (error instanceof InvalidSignatureError) return Response.json({ error: "Bad or missing signature" }, { status: 400 });
    throw error;
  }
  const result = await unsafeApplyPaymentEvent(provider.name, event);
  // After the commit: the invoice's other pages for more than is now due are closed.
  if (result.outcome === "recorded" && event.outcome.kind === "paid" && event.outcome.claimed.invoiceId)
    await unsafeCloseOutgrownCheckouts(provider, event.outcome.claimed.invoiceId);
  return Response.json({ received: true, ...result });
}
