import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, messages, tickets } from "@/db/schema";
import { postMessageAsContact } from "../collaboration/messages";
import { createContactViewer, viewedAs } from "../../testing/fixtures";
import type { ContactViewer } from "../viewer/viewer";
import { openTicketFromClient, setTicketStatusFromClient } from "./client-tickets";

// Clients opening tickets and keeping them going: only with "create tickets" to open, only on
// tickets they can see to reply, close or reopen; never while viewed as; a retry posts once.

const client = (capabilities: Record<string, boolean>) => createContactViewer(capabilities);

const open = (viewer: ContactViewer) =>
  openTicketFromClient(viewer, { subject: "The export is empty", body: "Since Monday.", requestKey: randomUUID() });
const reply = (viewer: ContactViewer, ticketId: string, requestKey = randomUUID()) =>
  postMessageAsContact(viewer, { recordType: "ticket", recordId: ticketId, body: "Any news?", requestKey });
const messagesOf = (ticketId: string) => db.select().from(messages).where(eq(messages.objectId, ticketId));

describe("tickets from clients", () => {
  it("a client who may create tickets opens one: theirs, open, its description the first message", async () => {
    const viewer = await client({ "tickets.view": true, "tickets.create": true });
    const result = await open(viewer);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : "";
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket).toMatchObject({ accountId: viewer.accountId, contactId: viewer.userId, status: "open", subject: "The export is empty" });
    expect((await messagesOf(id)).map((message) => message.body)).toEqual(["Since Monday."]);
  });

  it("without 'create tickets' nothing is opened", async () => {
    const viewer = await client({ "tickets.view": true, "tickets.create": false });
    expect(await open(viewer)).toEqual({ ok: false, error: "not_allowed" });
  });

  it("replies once per submission, put the ticket back with staff, and stop once it is closed until reopened", async () => {
    const viewer = await client({ "tickets.view": true, "tickets.create": true });
    const opened = await open(viewer);
    const id = opened.ok ? opened.id : "";
    await db.update(tickets).set({ status: "waiting" }).where(eq(tickets.id, id));
    const key = randomUUID();
    expect(await Promise.all([reply(viewer, id, key), reply(viewer, id, key)])).toEqual([{ ok: true }, { ok: true }]);
    expect(await messagesOf(id)).toHaveLength(2);
    expect((await db.select().from(tickets).where(eq(tickets.id, id)))[0]!.status).toBe("open");

    expect(await setTicketStatusFromClient(viewer, { ticketId: id, status: "closed" })).toEqual({ ok: true });
    expect(await reply(viewer, id)).toEqual({ ok: false, error: "closed" });
    expect(await setTicketStatusFromClient(viewer, { ticketId: id, status: "open" })).toEqual({ ok: true });
    expect(await reply(viewer, id)).toEqual({ ok: true });
  });

  it("another account's ticket, one they cannot see, and staff viewing as them all answer as missing", async () => {
    const owner = await client({ "tickets.view": true, "tickets.create": true });
    const outsider = await client({ "tickets.view": true, "tickets.create": true });
    const opened = await open(owner);
    const id = opened.ok ? opened.id : "";
    expect(await reply(outsider, id)).toEqual({ ok: false, error: "not_found" });
    expect(await setTicketStatusFromClient(outsider, { ticketId: id, status: "closed" })).toEqual({ ok: false, error: "not_found" });

    // A colleague at the same account without "see tickets".
    const colleague = await client({ "tickets.view": false });
    await db.insert(accountContacts).values({ accountId: owner.accountId, contactId: colleague.userId });
    const blind = { ...colleague, accountId: owner.accountId, accountName: owner.accountName };
    expect(await reply(blind, id)).toEqual({ ok: false, error: "not_found" });

    const viewAs = viewedAs(owner);
    expect(await open(viewAs)).toEqual({ ok: false, error: "not_allowed" });
    expect(await reply(viewAs, id)).toEqual({ ok: false, error: "not_found" });
    expect(await messagesOf(id)).toHaveLength(1);
  });
});
