import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { messages, tickets, webForms } from "@/db/schema";
import { createContactViewer, viewedAs } from "../../testing/fixtures";
import { submitFormFromClient } from "./form-submissions";

// A support form filled in becomes a routed, prioritised ticket; every answer checked for its kind.

async function platinumForm(tags: string[] = []) {
  const [form] = await db
    .insert(webForms)
    .values({
      title: "Platinum support request",
      team: "Platinum support",
      ticketPriority: "high",
      tags,
      fields: [
        { label: "What happened?", kind: "long_text" },
        { label: "Reply to", kind: "email" },
      ],
    })
    .returning({ id: webForms.id });
  return form!.id;
}

const submit = (viewer: Awaited<ReturnType<typeof createContactViewer>>, formId: string, answers: Record<string, string>) =>
  submitFormFromClient(viewer, { formId, requestKey: randomUUID(), answers });

describe("support form submissions", () => {
  it("a submitted form opens a ticket with the form's priority and team, the answers its first message", async () => {
    const viewer = await createContactViewer({ "forms.view": true });
    const formId = await platinumForm();
    const result = await submit(viewer, formId, { "field.0": "The export is empty.", "field.1": "Ops@Example.com" });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.ticketId : "";
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket).toMatchObject({
      subject: "Platinum support request",
      priority: "high",
      team: "Platinum support",
      contactId: viewer.userId,
    });
    const [message] = await db.select().from(messages).where(eq(messages.objectId, id));
    expect(message!.body).toBe("What happened?:\nThe export is empty.\n\nReply to:\nops@example.com");
  });

  it("each answer is checked for its field: a missing one and a malformed email are named, and nothing is opened", async () => {
    const viewer = await createContactViewer({ "forms.view": true });
    const formId = await platinumForm();
    expect(await submit(viewer, formId, { "field.0": " ", "field.1": "not an address" })).toEqual({
      ok: false,
      fieldErrors: { "field.0": "Answer “What happened?”.", "field.1": "Enter an email address, like name@example.com." },
    });
    expect(await db.select().from(tickets).where(eq(tickets.contactId, viewer.userId))).toHaveLength(0);
  });

  it("choice, date, tick box and file questions: each checked, optional ones may be left empty", async () => {
    const viewer = await createContactViewer({ "forms.view": true });
    const [form] = await db
      .insert(webForms)
      .values({
        title: "Bug report",
        fields: [
          { label: "Where?", kind: "choice", choices: ["Web", "iOS"] },
          { label: "Since", kind: "date", isRequired: false },
          { label: "I have restarted the app", kind: "checkbox" },
          { label: "Screenshot", kind: "file", isRequired: false },
        ],
      })
      .returning({ id: webForms.id });
    expect(await submit(viewer, form!.id, { "field.0": "Windows", "field.1": "yesterday" })).toEqual({
      ok: false,
      fieldErrors: {
        "field.0": "Choose one of the listed answers for “Where?”.",
        "field.1": "Enter a date, like 2026-12-01.",
        "field.2": "Tick “I have restarted the app” to send the form.",
      },
    });
    const sent = await submit(viewer, form!.id, { "field.0": "iOS", "field.2": "on", "field.3": "crash.png" });
    expect(sent.ok).toBe(true);
    const [message] = await db
      .select()
      .from(messages)
      .where(eq(messages.objectId, sent.ok ? sent.ticketId : ""));
    expect(message!.body).toBe("Where?:\niOS\n\nSince:\n—\n\nI have restarted the app:\nYes\n\nScreenshot:\n(attached: crash.png)");
  });

  it("a form the contact may not use, one tagged for others, and staff viewing as them answer as missing", async () => {
    const without = await createContactViewer({ "forms.view": false });
    const allowed = await createContactViewer({ "forms.view": true });
    const answers = { "field.0": "Help", "field.1": "a@example.com" };
    expect(await submit(without, await platinumForm(), answers)).toEqual({ ok: false, error: "not_found" });
    expect(await submit(allowed, await platinumForm(["Platinum"]), answers)).toEqual({ ok: false, error: "not_found" });
    expect(await submit(viewedAs(allowed), await platinumForm(), answers)).toEqual({ ok: false, error: "not_found" });
  });
});
