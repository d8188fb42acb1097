import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, emails, invoices, notifications, paymentAttempts, paymentEvents, payments } from "@/db/schema";
import { InvalidSignatureError, type PaymentProvider } from "@/lib/payments/provider";
import { stripeProvider } from "@/lib/payments/stripe";
import { createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import { startStripeStandIn } from "../../testing/stripe-stand-in";
import type { ContactViewer } from "../viewer/viewer";
import { payInvoiceSchema, startInvoicePayment } from "./checkout";
import { unsafeApplyPaymentEvent } from "./events";
import { closeOutgrownCheckouts, unsafeCloseOutgrownCheckouts } from "./outgrown-checkouts";
import { receivedPaymentSchema, recordReceivedPayment } from "./received";
import { setPaymentSettings } from "./settings";

// Paying invoices through Stripe Checkout, against the real `stripe` SDK talking to a stand-in on
// 127.0.0.1, with webhook events signed the way Stripe signs them: the amount is ours, each event
// counts once, and an event that does not agree with the payment we started changes nothing.

const secretKey = "sk_test_stand_in";
const webhookSecret = "whsec_stand_in_secret";
let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
let provider: PaymentProvider;

beforeAll(async () => {
  standIn = await startStripeStandIn({ secretKey, webhookSecret, webhookUrl: "http://127.0.0.1:9/unused" });
  provider = stripeProvider({ secretKey, webhookSecret, apiUrl: standIn.url });
});
afterAll(() => standIn.stop());

const owner = async () => createStaffViewer();
beforeEach(async () => {
  await setPaymentSettings(await owner(), { allowPartPayments: false, bankTransferInstructions: "", receiptCopyTo: null });
});

const mayPay = { "invoices.view": true, "invoices.pay": true };

async function invoiceFor(client: ContactViewer, totalCents = 120_000) {
  const manager = await createStaffViewer();
  const [invoice] = await db
    .insert(invoices)
    .values({
      accountId: client.accountId,
      managerId: manager.userId,
      number: `INV-${randomUUID().slice(0, 8)}`,
      status: "open",
      issuedOn: "2026-11-20",
      totalCents,
    })
    .returning({ id: invoices.id, number: invoices.number });
  return { ...invoice!, manager };
}

const pay = (invoiceId: string, amount?: string, requestKey: string = randomUUID()) =>
  payInvoiceSchema.parse({ invoiceId, requestKey, amount });

/** What Stripe would send about a session, signed with the webhook secret, through the provider's own check. */
function signed(type: string, object: unknown, secret = webhookSecret) {
  const body = JSON.stringify({ id: `evt_${randomUUID().replaceAll("-", "")}`, object: "event", type, data: { object } });
  const headers = new Headers({ "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) });
  return { body, headers };
}

/** The client pays on the stand-in's page: the session as Stripe reports it afterwards. */
const paidSession = async (url: string) => standIn.pay(url.split("/pay/")[1]!);

async function deliver(type: string, object: unknown) {
  const { body, headers } = signed(type, object);
  return unsafeApplyPaymentEvent(provider.name, provider.verifyEvent(body, headers));
}

async function startPaying(client: ContactViewer, invoiceId: string, amount?: string) {
  const started = await startInvoicePayment(client, pay(invoiceId, amount), provider);
  if (!started.ok) throw new Error(started.error);
  return started.url;
}

const paymentsOf = (invoiceId: string) => db.select().from(payments).where(eq(payments.invoiceId, invoiceId));
const invoiceRow = async (invoiceId: string) => (await db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0]!;

describe("starting a payment", () => {
  it("sends the client to Checkout for exactly what is due, in the invoice's currency; a repeated form opens the same page", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const form = pay(invoice.id);
    const first = await startInvoicePayment(client, form, provider);
    const again = await startInvoicePayment(client, form, provider);
    expect(first).toMatchObject({ ok: true, url: expect.stringContaining(`${standIn.url}/pay/cs_test_`) });
    expect(again).toEqual(first);
    const session = standIn.sessions.get((first as { url: string }).url.split("/pay/")[1]!)!;
    expect(session).toMatchObject({
      amount_total: 120_000,
      currency: "gbp",
      customer_email: client.email,
      metadata: { attempt_id: form.requestKey, invoice_id: invoice.id, account_id: client.accountId },
    });
    expect(session.success_url).toContain(`/invoices/${invoice.id}?payment=${form.requestKey}`);
    expect(await db.select().from(paymentAttempts).where(eq(paymentAttempts.invoiceId, invoice.id))).toHaveLength(1);
  });

  it("refuses another account, a contact without 'pay invoices', a view-as session, no provider, and a part payment the business does not take", async () => {
    const client = await createContactViewer(mayPay);
    const reader = await createContactViewer({ "invoices.view": true });
    const stranger = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const readersInvoice = await invoiceFor(reader);

    expect(await startInvoicePayment(stranger, pay(invoice.id), provider)).toMatchObject({ ok: false, error: /not there/ });
    expect(await startInvoicePayment(reader, pay(readersInvoice.id), provider)).toMatchObject({ ok: false, error: /not pay it/ });
    expect(await startInvoicePayment(viewedAs(client), pay(invoice.id), provider)).toMatchObject({ ok: false, error: /viewing/ });
    expect(await startInvoicePayment(client, pay(invoice.id), null)).toMatchObject({ ok: false, error: /bank transfer/ });
    expect(await startInvoicePayment(client, pay(invoice.id, "100"), provider)).toMatchObject({ ok: false, field: "amount" });
    expect(await startInvoicePayment(client, pay(invoice.id, "5000"), provider)).toMatchObject({ ok: false, error: /more than/ });
    expect(await db.select().from(paymentAttempts).where(eq(paymentAttempts.invoiceId, invoice.id))).toHaveLength(0);
  });
});

describe("the provider's events", () => {
  it("a paid event records one payment, marks the invoice paid, emails the receipt and tells the manager; delivered twice, still one", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const session = await paidSession(await startPaying(client, invoice.id));
    const event = signed("checkout.session.completed", session);
    const verified = provider.verifyEvent(event.body, event.headers);

    expect(await unsafeApplyPaymentEvent("stripe", verified)).toEqual({ outcome: "recorded" });
    expect(await unsafeApplyPaymentEvent("stripe", verified)).toEqual({ outcome: "duplicate" });
    // The same payment reported by a second event (another id) is not counted again either.
    expect(await deliver("checkout.session.async_payment_succeeded", session)).toMatchObject({ outcome: "ignored" });

    const recorded = await paymentsOf(invoice.id);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      amountCents: 120_000,
      method: "card",
      providerRef: session.payment_intent,
      payerId: client.userId,
    });
    expect(recorded[0]!.receiptNumber).toMatch(/^R-\d{6,}$/);
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", amountPaidCents: 120_000 });
    const receipts = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, client.email), eq(emails.template, "payment-receipt")));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.subject).toBe(`Receipt ${recorded[0]!.receiptNumber}: £1,200.00 paid on invoice ${invoice.number}`);
    const told = await db.select().from(notifications).where(eq(notifications.userId, invoice.manager.userId));
    expect(told.map((notice) => notice.text)).toEqual([`£1,200.00 received for invoice ${invoice.number}, now paid in full`]);
  });

  it("a wrong signature, or a body changed after signing, is refused before anything is read", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const session = await paidSession(await startPaying(client, invoice.id));
    const forged = signed("checkout.session.completed", session, "whsec_someone_else");
    expect(() => provider.verifyEvent(forged.body, forged.headers)).toThrow(InvalidSignatureError);
    const genuine = signed("checkout.session.completed", session);
    expect(() => provider.verifyEvent(genuine.body.replace("120000", "1"), genuine.headers)).toThrow(InvalidSignatureError);
    expect(() => provider.verifyEvent(genuine.body, new Headers())).toThrow(InvalidSignatureError);
    expect(await paymentsOf(invoice.id)).toHaveLength(0);
  });

  it("an event naming another account's invoice, or an amount that is not the one asked, is refused and logged", async () => {
    const client = await createContactViewer(mayPay);
    const other = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const othersInvoice = await invoiceFor(other);
    const session = await paidSession(await startPaying(client, invoice.id));

    const elsewhere = { ...session, metadata: { ...session.metadata, invoice_id: othersInvoice.id, account_id: other.accountId } };
    expect(await deliver("checkout.session.completed", elsewhere)).toMatchObject({ outcome: "refused", reason: /another account/ });
    expect(await deliver("checkout.session.completed", { ...session, amount_total: 100 })).toMatchObject({
      outcome: "refused",
      reason: /not the amount asked/,
    });
    expect(await deliver("checkout.session.completed", { ...session, currency: "usd" })).toMatchObject({ outcome: "refused" });

    expect(await paymentsOf(invoice.id)).toHaveLength(0);
    expect(await paymentsOf(othersInvoice.id)).toHaveLength(0);
    expect(await invoiceRow(othersInvoice.id)).toMatchObject({ status: "open", amountPaidCents: 0 });
    const logged = await db.select().from(paymentEvents).where(eq(paymentEvents.outcome, "refused"));
    expect(logged.filter((row) => (row.detail as { checkoutRef?: string })?.checkoutRef === session.id)).toHaveLength(3);
    const audited = await db.select().from(auditEvents).where(eq(auditEvents.action, "payment.refused"));
    expect(audited.length).toBeGreaterThanOrEqual(3);

    // The genuine event still counts afterwards.
    expect(await deliver("checkout.session.completed", session)).toEqual({ outcome: "recorded" });
  });

  it("part payments: each leaves the rest due until the last; a refund, however often reported, puts it back once", async () => {
    await setPaymentSettings(await owner(), { allowPartPayments: true, bankTransferInstructions: "", receiptCopyTo: "books@example.test" });
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client, 100_000);

    expect(await deliver("checkout.session.completed", await paidSession(await startPaying(client, invoice.id, "400")))).toEqual({
      outcome: "recorded",
    });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "open", amountPaidCents: 40_000 });
    expect(await startInvoicePayment(client, pay(invoice.id, "600.01"), provider)).toMatchObject({ ok: false, error: /£600.00/ });

    const rest = await paidSession(await startPaying(client, invoice.id));
    expect(rest.amount_total).toBe(60_000);
    await deliver("checkout.session.completed", rest);
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", amountPaidCents: 100_000 });

    const charge = { object: "charge", payment_intent: rest.payment_intent, amount: 60_000, amount_refunded: 25_000, currency: "gbp" };
    expect(await deliver("charge.refunded", charge)).toEqual({ outcome: "recorded" });
    expect(await deliver("charge.refunded", charge)).toMatchObject({ outcome: "ignored" });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "open", amountPaidCents: 75_000 });
    const refunded = (await paymentsOf(invoice.id)).find((payment) => payment.providerRef === rest.payment_intent);
    expect(refunded).toMatchObject({ amountCents: 60_000, refundedCents: 25_000 });
    expect(await deliver("charge.refunded", { ...charge, amount_refunded: 70_000 })).toMatchObject({ outcome: "refused" });

    const copies = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, "books@example.test"), eq(emails.template, "payment-receipt")));
    expect(copies.map((email) => email.subject)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("£400.00 paid"),
        expect.stringContaining("£600.00 paid"),
        `Refund of £250.00 on invoice ${invoice.number}`,
      ]),
    );
  });

  it("once part is paid, the invoice's other pages for more than is now due are closed and cannot be paid; smaller ones stay open", async () => {
    await setPaymentSettings(await owner(), { allowPartPayments: true, bankTransferInstructions: "", receiptCopyTo: null });
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client, 100_000);
    const whole = await startPaying(client, invoice.id);
    const small = await startPaying(client, invoice.id, "300");
    await deliver("checkout.session.completed", await paidSession(await startPaying(client, invoice.id, "400")));

    expect(await unsafeCloseOutgrownCheckouts(provider, invoice.id)).toEqual({ closed: 1 });
    const sessionOf = (url: string) => standIn.sessions.get(url.split("/pay/")[1]!)!;
    expect(sessionOf(whole).status).toBe("expired");
    expect(sessionOf(small).status).toBe("open");
    const attempts = await db.select().from(paymentAttempts).where(eq(paymentAttempts.invoiceId, invoice.id));
    expect(attempts.map((attempt) => [attempt.amountCents, attempt.status]).sort()).toEqual([
      [100_000, "expired"],
      [30_000, "pending"],
      [40_000, "succeeded"],
    ]);
    const paidWhole = await fetch(whole, { method: "POST", body: new URLSearchParams({ action: "pay" }) });
    expect(paidWhole.status).toBe(409);
    // Asked again, nothing is left to close.
    expect(await unsafeCloseOutgrownCheckouts(provider, invoice.id)).toEqual({ closed: 0 });
  });

  it("a payment that fails after the client left marks it failed and tells them; nothing is recorded", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const url = await startPaying(client, invoice.id);
    const session = { ...standIn.sessions.get(url.split("/pay/")[1]!)!, page: undefined };
    expect(await deliver("checkout.session.async_payment_failed", session)).toEqual({ outcome: "recorded" });
    const [attempt] = await db.select().from(paymentAttempts).where(eq(paymentAttempts.invoiceId, invoice.id));
    expect(attempt).toMatchObject({ status: "failed", failure: "Your bank did not complete the payment." });
    const told = await db.select().from(notifications).where(eq(notifications.userId, client.userId));
    expect(told.map((notice) => notice.text)).toEqual([`Your payment of £1,200.00 for invoice ${invoice.number} did not go through`]);
    expect(await paymentsOf(invoice.id)).toHaveLength(0);
  });
});

describe("recording a payment received", () => {
  const received = (invoiceId: string, fields: Record<string, string> = {}) =>
    receivedPaymentSchema.parse({
      invoiceId,
      requestKey: randomUUID(),
      amount: "500",
      method: "bank_transfer",
      receivedOn: "2026-11-25",
      reference: "BACS 88123",
      ...fields,
    });

  it("records a bank transfer once even when the form is sent twice, and emails the receipt to the contact chosen", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const staff = await createStaffViewer();
    const form = received(invoice.id, { receiptTo: client.userId });
    expect(await recordReceivedPayment(staff, form)).toMatchObject({ ok: true, receiptNumber: expect.stringMatching(/^R-/) });
    expect(await recordReceivedPayment(staff, form)).toMatchObject({ ok: true });
    const recorded = await paymentsOf(invoice.id);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      method: "bank_transfer",
      reference: "BACS 88123",
      recordedById: staff.userId,
      receiptSentTo: [client.email],
    });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "open", amountPaidCents: 50_000 });
  });

  it("a transfer that pays the invoice closes the client's open payment page; only staff may ask", async () => {
    const client = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client, 50_000);
    const page = await startPaying(client, invoice.id);
    await expect(closeOutgrownCheckouts(client as never, provider, invoice.id)).rejects.toThrow();
    expect(await recordReceivedPayment(await createStaffViewer(), received(invoice.id))).toMatchObject({ ok: true });
    expect(await closeOutgrownCheckouts(await createStaffViewer(), provider, invoice.id)).toEqual({ closed: 1 });
    expect(standIn.sessions.get(page.split("/pay/")[1]!)!.status).toBe("expired");
  });

  it("refuses more than is due, a day to come, and a receipt to someone outside the account", async () => {
    const client = await createContactViewer(mayPay);
    const stranger = await createContactViewer(mayPay);
    const invoice = await invoiceFor(client);
    const staff = await createStaffViewer();
    expect(await recordReceivedPayment(staff, received(invoice.id, { amount: "1200.01" }))).toMatchObject({ ok: false, field: "amount" });
    expect(await recordReceivedPayment(staff, received(invoice.id, { receivedOn: "2099-01-01" }))).toMatchObject({
      ok: false,
      field: "receivedOn",
    });
    expect(await recordReceivedPayment(staff, received(invoice.id, { receiptTo: stranger.userId }))).toMatchObject({
      ok: false,
      field: "receiptTo",
    });
    expect(
      receivedPaymentSchema.safeParse({
        invoiceId: invoice.id,
        requestKey: randomUUID(),
        amount: "0",
        method: "bank_transfer",
        receivedOn: "2026-11-25",
      }).success,
    ).toBe(false);
    expect(await paymentsOf(invoice.id)).toHaveLength(0);
  });
});
