import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, notifications, quoteLines, quoteResponses, quotes } from "@/db/schema";
import { createColleagueViewer, createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import type { ContactViewer } from "../viewer/viewer";
import { getInvoice } from "./invoices";
import { answerQuote, invoiceFromQuote, quoteAnswerSchema, quoteContentHash, sendRevisedQuote, type QuoteContent } from "./quote-answers";
import { getMyQuote, getQuote, saveQuote } from "./quotes";

// A client's answer to a quote: who may give it, once per version, with a typed name; an accepted
// quote pinned by its hash and locked everywhere; expiry; revised versions after changes.

const from = { ip: "203.0.113.7", userAgent: "Test browser" };
const answer = (decision: "accepted" | "declined" | "changes_requested", typedName: string, comment = "") =>
  quoteAnswerSchema.parse({ decision, typedName, comment });

async function quoteFor(client: ContactViewer, options: { validUntil?: string } = {}) {
  const manager = await createStaffViewer();
  const [quote] = await db
    .insert(quotes)
    .values({
      accountId: client.accountId,
      managerId: manager.userId,
      number: `Q-${randomUUID().slice(0, 8)}`,
      title: "Website redesign",
      issuedOn: "2026-11-20",
      validUntil: options.validUntil ?? "2099-12-31",
      totalCents: 250_000,
    })
    .returning({ id: quotes.id, number: quotes.number });
  await db.insert(quoteLines).values([
    { quoteId: quote!.id, position: 0, description: "Design", quantity: 10, unitCents: 15_000 },
    { quoteId: quote!.id, position: 1, description: "Build", quantity: 5, unitCents: 20_000 },
  ]);
  return { ...quote!, manager };
}

const mayAnswer = { "quotes.view": true, "quotes.accept": true };

describe("answering a quote", () => {
  it("only a contact of its account with 'accept quotes', not viewed as, confirming with their own name", async () => {
    const client = await createContactViewer(mayAnswer);
    const reader = await createColleagueViewer(client, { "quotes.view": true });
    const stranger = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client);

    expect(await answerQuote(reader, quote.id, answer("accepted", reader.name), from)).toMatchObject({ ok: false, error: /not answer it/ });
    expect(await answerQuote(stranger, quote.id, answer("accepted", stranger.name), from)).toMatchObject({ ok: false, error: /not there/ });
    expect(await answerQuote(viewedAs(client), quote.id, answer("accepted", client.name), from)).toMatchObject({ ok: false });
    expect(await answerQuote(client, "not-a-uuid", answer("accepted", client.name), from)).toMatchObject({ ok: false });
    expect(await answerQuote(client, quote.id, answer("accepted", "Someone Else"), from)).toMatchObject({ ok: false, field: "typedName" });
    expect(await db.select().from(quoteResponses).where(eq(quoteResponses.quoteId, quote.id))).toHaveLength(0);

    expect(quoteAnswerSchema.safeParse({ decision: "declined", typedName: client.name }).error?.issues[0]?.message).toBe(
      "Say why you decline it, so the team knows.",
    );
    expect(quoteAnswerSchema.safeParse({ decision: "accepted", typedName: "" }).error?.issues[0]?.message).toBe(
      "Type your full name to confirm.",
    );
  });

  it("an acceptance records who, when, from where and the hash of what they accepted; the manager is told; once only", async () => {
    const client = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client);
    expect(await answerQuote(client, quote.id, answer("accepted", `  ${client.name.toUpperCase()} `), from)).toEqual({
      ok: true,
      decision: "accepted",
    });
    expect(await answerQuote(client, quote.id, answer("declined", client.name, "Changed our mind"), from)).toMatchObject({
      ok: false,
      error: "This quote is already accepted.",
    });

    const [response] = await db.select().from(quoteResponses).where(eq(quoteResponses.quoteId, quote.id));
    expect(response).toMatchObject({ version: 1, decision: "accepted", contactId: client.userId, ip: from.ip, userAgent: from.userAgent });
    const content = response!.content as QuoteContent;
    expect(content.lines.map((line) => line.description)).toEqual(["Design", "Build"]);
    expect(response!.contentHash).toBe(quoteContentHash(content));
    expect(response!.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const told = await db.select().from(notifications).where(eq(notifications.userId, quote.manager.userId));
    expect(told.map((notice) => notice.text)).toEqual([`${client.name} accepted quote ${quote.number} (Website redesign)`]);
    const [activity] = await db
      .select()
      .from(activities)
      .where(and(eq(activities.objectId, quote.id), eq(activities.verb, "accepted")));
    expect(activity).toMatchObject({ actorId: client.userId, accountId: client.accountId });
  });

  it("an accepted quote cannot change: not through the staff form, not by any statement", async () => {
    const client = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client);
    await answerQuote(client, quote.id, answer("accepted", client.name), from);
    const staff = await createStaffViewer();
    const saved = await getQuote(staff, quote.id);
    const edited = await saveQuote(staff, quote.id, {
      number: saved!.number,
      title: "Cheaper now",
      status: "accepted",
      issuedOn: saved!.issuedOn,
      validUntil: saved!.validUntil,
      managerId: null,
      lines: [{ description: "Design", quantity: 1, unitCents: 1, taxBasisPoints: 0 }],
    });
    expect(edited).toMatchObject({ ok: false, fieldErrors: { form: /accepted by the client/ } });

    await expect(db.update(quotes).set({ totalCents: 1 }).where(eq(quotes.id, quote.id))).rejects.toThrow();
    await expect(db.update(quoteLines).set({ unitCents: 1 }).where(eq(quoteLines.quoteId, quote.id))).rejects.toThrow();
    await expect(db.delete(quoteLines).where(eq(quoteLines.quoteId, quote.id))).rejects.toThrow();
    await expect(
      db.insert(quoteLines).values({ quoteId: quote.id, position: 9, description: "Extra", quantity: 1, unitCents: 1 }),
    ).rejects.toThrow();
    await expect(db.delete(quotes).where(eq(quotes.id, quote.id))).rejects.toThrow();
    await expect(db.update(quoteResponses).set({ typedName: "Forged" }).where(eq(quoteResponses.quoteId, quote.id))).rejects.toThrow();
    const after = await getQuote(staff, quote.id);
    expect([after!.title, after!.totalCents, after!.lines.length]).toEqual(["Website redesign", 250_000, 2]);
    // Its manager may still change hands.
    await db.update(quotes).set({ managerId: staff.userId }).where(eq(quotes.id, quote.id));
  });

  it("past its 'valid until' date a quote cannot be accepted, and says so; it can still be declined", async () => {
    const client = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client, { validUntil: "2020-01-31" });
    expect(await answerQuote(client, quote.id, answer("accepted", client.name), from)).toMatchObject({
      ok: false,
      error: /valid until.*has passed/,
    });
    expect(await answerQuote(client, quote.id, answer("declined", client.name, "Too late for us"), from)).toMatchObject({ ok: true });
  });

  it("changes asked for: staff send the revision as version 2, the client is told and answers it; both versions stay", async () => {
    const client = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client);
    const staff = await createStaffViewer();
    expect(await sendRevisedQuote(staff, quote.id)).toMatchObject({ ok: false });
    await answerQuote(client, quote.id, answer("changes_requested", client.name, "Fewer design days, please."), from);
    expect(await answerQuote(client, quote.id, answer("accepted", client.name), from)).toMatchObject({
      ok: false,
      error: /revised version/,
    });

    await db
      .update(quoteLines)
      .set({ quantity: 6 })
      .where(and(eq(quoteLines.quoteId, quote.id), eq(quoteLines.position, 0)));
    expect(await sendRevisedQuote(staff, quote.id)).toEqual({ ok: true });
    const told = await db.select().from(notifications).where(eq(notifications.userId, client.userId));
    expect(told.map((notice) => notice.text)).toEqual([
      `Quote ${quote.number} (Website redesign) is revised: version 2 is ready for your answer`,
    ]);

    expect(await answerQuote(client, quote.id, answer("accepted", client.name), from)).toMatchObject({ ok: true });
    const history = (await getMyQuote(client, quote.id))!.answers;
    expect(history.map((entry) => [entry.version, entry.decision, entry.comment])).toEqual([
      [1, "changes_requested", "Fewer design days, please."],
      [2, "accepted", ""],
    ]);
    expect((history[1]!.content as QuoteContent).lines[0]!.quantity).toBe(6);
    expect(history[0]!.contentHash).not.toBe(history[1]!.contentHash);
    // Where a colleague answered from is for staff only.
    expect(history[0]).not.toHaveProperty("ip");
    expect((await getQuote(staff, quote.id))!.answers[0]).toMatchObject({ ip: from.ip, userAgent: from.userAgent });
  });

  it("an accepted quote becomes a draft invoice with its lines in one step, once however often it is asked", async () => {
    const client = await createContactViewer(mayAnswer);
    const quote = await quoteFor(client);
    const staff = await createStaffViewer();
    expect(await invoiceFromQuote(staff, quote.id)).toEqual({ ok: false, error: "Only an accepted quote can be turned into an invoice." });
    await answerQuote(client, quote.id, answer("accepted", client.name), from);
    const [first, again] = await Promise.all([invoiceFromQuote(staff, quote.id), invoiceFromQuote(staff, quote.id)]);
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    const invoice = await getInvoice(staff, (first as { invoiceId: string }).invoiceId);
    expect(invoice).toMatchObject({
      status: "draft",
      totalCents: 250_000,
      accountId: client.accountId,
      number: `INV-${quote.number.slice(2)}`,
    });
    expect(invoice!.lines.map((line) => [line.description, line.quantity, line.unitCents])).toEqual([
      ["Design", 10, 15_000],
      ["Build", 5, 20_000],
    ]);
  });
});
