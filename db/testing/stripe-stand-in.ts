import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import qs from "qs";
import Stripe from "stripe";

// For tests: a server on 127.0.0.1 that speaks the part of Stripe's API the product uses, to the
// real `stripe` SDK (bearer key, form-encoded bodies, idempotency keys, Stripe's error shape):
// creating, reading and expiring Checkout sessions and creating refunds. It also serves a checkout page a
// browser can pay on, and sends the webhook events Stripe would, signed with the webhook secret
// the way Stripe signs them. Nothing here is a shortcut the product takes: it only talks to this
// server through the SDK and hears back through its own webhook route.

type Session = {
  id: string;
  object: "checkout.session";
  url: string;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_total: number;
  currency: string;
  customer_email: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  created: number;
  livemode: false;
  /** Not Stripe's, never sent: what the page shows, and the payment intent's metadata. */
  page?: { name: string; description: string; intentMetadata: Record<string, string> };
};

type Options = { secretKey: string; webhookSecret: string; webhookUrl: string; port?: number };

export async function startStripeStandIn(options: Options) {
  const sessions = new Map<string, Session>();
  const byIdempotencyKey = new Map<string, string>();
  const refundedByIntent = new Map<string, number>();
  const held = new Map<string, string>();
  let base = "";

  async function deliver(type: string, object: unknown) {
    const event = {
      id: `evt_${randomBytes(12).toString("hex")}`,
      object: "event",
      type,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      api_version: "2026-11-18.endive",
      data: { object },
    };
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
    const response = await fetch(options.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    });
    return { event, status: response.status, body: await response.text() };
  }

  function pay(session: Session) {
    session.status = "complete";
    session.payment_status = "paid";
    session.payment_intent = `pi_${randomBytes(12).toString("hex")}`;
    return publicSession(session);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error("Stripe stand-in failed", error);
      send(response, 500, { error: { type: "api_error", message: String(error) } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", base);
    const body = qs.parse(await readBody(request)) as Record<string, unknown>;
    if (url.pathname === "/health") return send(response, 200, { ok: true });

    const page = /^\/pay\/(cs_test_\w+)$/.exec(url.pathname);
    if (page) return checkoutPage(request, response, sessions.get(page[1]!), body);

    if (url.pathname === "/_stand-in/deliver-held" && request.method === "POST") {
      const session = sessions.get(String(body.session ?? ""));
      const type = session ? held.get(session.id) : undefined;
      if (!session || !type) return send(response, 404, { error: "Nothing held for that session." });
      held.delete(session.id);
      return send(response, 200, await deliver(type, publicSession(session)));
    }

    if (request.headers.authorization !== `Bearer ${options.secretKey}`)
      return send(response, 401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } });

    if (url.pathname === "/v1/checkout/sessions" && request.method === "POST") {
      const key = String(request.headers["idempotency-key"] ?? "");
      const earlier = key ? sessions.get(byIdempotencyKey.get(key) ?? "") : undefined;
      if (earlier) return send(response, 200, publicSession(earlier));
      const created = createSession(body, base);
      if ("error" in created) return send(response, 400, created);
      sessions.set(created.id, created);
      if (key) byIdempotencyKey.set(key, created.id);
      return send(response, 200, publicSession(created));
    }
    const expire = /^\/v1\/checkout\/sessions\/(cs_test_\w+)\/expire$/.exec(url.pathname);
    if (expire && request.method === "POST") {
      const session = sessions.get(expire[1]!);
      if (!session) return missing(response, "checkout session");
      if (session.status !== "open")
        return send(response, 400, {
          error: { type: "invalid_request_error", message: "Only Checkout Sessions with a status of open can be expired." },
        });
      // Stripe then also sends checkout.session.expired; the product has marked its attempt by then
      // and would ignore it, so the stand-in leaves it out.
      session.status = "expired";
      return send(response, 200, publicSession(session));
    }
    const read = /^\/v1\/checkout\/sessions\/(cs_test_\w+)$/.exec(url.pathname);
    if (read && request.method === "GET") {
      const session = sessions.get(read[1]!);
      return session ? send(response, 200, publicSession(session)) : missing(response, "checkout session");
    }
    if (url.pathname === "/v1/refunds" && request.method === "POST") {
      const intent = String(body.payment_intent ?? "");
      const session = [...sessions.values()].find((candidate) => candidate.payment_intent === intent);
      if (!session) return missing(response, "payment intent");
      const before = refundedByIntent.get(intent) ?? 0;
      const amount = body.amount === undefined ? session.amount_total - before : Number(body.amount);
      if (!(amount > 0) || before + amount > session.amount_total)
        return send(response, 400, { error: { type: "invalid_request_error", message: "Refund amount exceeds the charge." } });
      refundedByIntent.set(intent, before + amount);
      await deliver("charge.refunded", {
        id: `ch_${intent.slice(3)}`,
        object: "charge",
        amount: session.amount_total,
        amount_refunded: before + amount,
        currency: session.currency,
        payment_intent: intent,
        refunded: before + amount === session.amount_total,
      });
      return send(response, 200, {
        id: `re_${randomBytes(10).toString("hex")}`,
        object: "refund",
        amount,
        payment_intent: intent,
        status: "succeeded",
      });
    }
    return missing(response, "resource");
  }

  /** The browser's page: Pay, Pay and confirm later (the event is held until a test releases it), Decline, Back. */
  async function checkoutPage(
    request: IncomingMessage,
    response: ServerResponse,
    session: Session | undefined,
    body: Record<string, unknown>,
  ) {
    if (!session) return html(response, 404, "<h1>This payment page is not there.</h1>");
    if (request.method === "POST") {
      if (session.status !== "open") return html(response, 409, "<h1>This payment is finished.</h1>");
      if (body.action === "back") return redirect(response, session.cancel_url);
      if (body.action === "decline") {
        await deliver("payment_intent.payment_failed", {
          id: `pi_${randomBytes(12).toString("hex")}`,
          object: "payment_intent",
          amount: session.amount_total,
          currency: session.currency,
          metadata: session.page?.intentMetadata ?? {},
          last_payment_error: { message: "Your card was declined." },
        });
        return html(response, 402, pageBody(session, "Your card was declined. Try another card."));
      }
      const paid = pay(session);
      if (body.action === "pay-later") held.set(session.id, "checkout.session.completed");
      else await deliver("checkout.session.completed", paid);
      return redirect(response, session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id));
    }
    return html(response, 200, pageBody(session, ""));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    sessions,
    /** The client paid on the session's page: the session as Stripe then reports it (no event sent). */
    pay: (sessionId: string) => pay(sessions.get(sessionId)!),
    /** Sends an event as Stripe would, signed: for tests of what the product does with it. */
    deliver,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function createSession(body: Record<string, unknown>, base: string): Session | { error: { type: string; message: string } } {
  const line = (body.line_items as { price_data?: Record<string, unknown>; quantity?: string }[] | undefined)?.[0];
  const price = line?.price_data as { currency?: string; unit_amount?: string; product_data?: { name?: string; description?: string } };
  const amount = Number(price?.unit_amount) * Number(line?.quantity ?? 1);
  if (body.mode !== "payment" || !price?.currency || !(amount > 0) || !body.success_url || !body.cancel_url)
    return { error: { type: "invalid_request_error", message: "Missing mode, line_items, success_url or cancel_url." } };
  const id = `cs_test_${randomBytes(16).toString("hex")}`;
  return {
    id,
    object: "checkout.session",
    url: `${base}/pay/${id}`,
    status: "open",
    payment_status: "unpaid",
    amount_total: amount,
    currency: price.currency,
    customer_email: (body.customer_email as string) ?? null,
    client_reference_id: (body.client_reference_id as string) ?? null,
    metadata: (body.metadata as Record<string, string>) ?? {},
    payment_intent: null,
    success_url: String(body.success_url),
    cancel_url: String(body.cancel_url),
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    page: {
      name: price.product_data?.name ?? "Payment",
      description: price.product_data?.description ?? "",
      intentMetadata: ((body.payment_intent_data as { metadata?: Record<string, string> }) ?? {}).metadata ?? {},
    },
  };
}

function publicSession(session: Session): Session {
  return { ...session, page: undefined };
}

function pageBody(session: Session, problem: string) {
  const amount = new Intl.NumberFormat("en-GB", { style: "currency", currency: session.currency.toUpperCase() }).format(
    session.amount_total / 100,
  );
  return `<main><h1>${escape(session.page?.description ?? "")}</h1><p>${escape(session.page?.name ?? "")}</p><p>Amount: <strong>${amount}</strong></p>
    ${problem ? `<p role="alert">${escape(problem)}</p>` : ""}
    <form method="post"><label>Card number <input name="card" value="4242 4242 4242 4242"></label>
    <button name="action" value="pay">Pay ${amount}</button>
    <button name="action" value="pay-later">Pay ${amount} (bank confirms later)</button>
    <button name="action" value="decline">Pay with a card that is declined</button>
    <button name="action" value="back">Back</button></form></main>`;
}

function escape(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function readBody(request: IncomingMessage) {
  return new Promise<string>((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomBytes(8).toString("hex")}` });
  response.end(JSON.stringify(body));
}

function missing(response: ServerResponse, what: string) {
  send(response, 404, { error: { type: "invalid_request_error", message: `No such ${what}.` } });
}

function html(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="en"><head><title>Stripe Checkout (stand-in)</title></head><body>${body}</body></html>`);
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(303, { location });
  response.end();
}
