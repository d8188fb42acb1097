import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets, webForms } from "@/db/schema";
import { checkAnswer } from "@/lib/form-fields";
import { unsafeStartThread } from "../collaboration/messages";
import { actingAs, allowedSql, tagsVisibleSql } from "../permissions/resolver";
import { auditClientChange, earlierRecord, rememberRecord } from "./save";
import type { ContactViewer } from "../viewer/viewer";

// A support web form filled in by a client becomes a ticket: the form's title as its subject, the
// answers as its first message, the form's priority, routed to the form's team. Each answer is
// checked for its field (lib/form-fields.ts); files named in it are uploaded to the ticket after.

/** The form's fields' names: `field.0`, `field.1`, … in the order the form lists them. */
export const answerName = (index: number) => `field.${index}`;

type Submitted = { ok: true; ticketId: string } | { ok: false; error: "not_found" } | { ok: false; fieldErrors: Record<string, string> };

/** Contact: submits a form they can see; once per request key. A form they cannot see answers "not_found". */
export async function submitFormFromClient(
  viewer: ContactViewer,
  submission: { formId: string; requestKey: string; answers: Record<string, string | undefined> },
  ip?: string,
): Promise<Submitted> {
  if (viewer.viewAs) return { ok: false, error: "not_found" };
  const who = actingAs(viewer);
  return db.transaction(async (tx) => {
    const [form] = await tx
      .select({ id: webForms.id, title: webForms.title, fields: webForms.fields, team: webForms.team, priority: webForms.ticketPriority })
      .from(webForms)
      .where(
        and(
          eq(webForms.id, submission.formId),
          eq(webForms.isPublished, true),
          allowedSql(who, "forms.view"),
          tagsVisibleSql(who, webForms.tags),
        ),
      );
    if (!form) return { ok: false, error: "not_found" };
    const fieldErrors: Record<string, string> = {};
    const lines = form.fields.map((field, index) => {
      const answer = checkAnswer(field, submission.answers[answerName(index)] ?? "");
      if (!answer.ok) fieldErrors[answerName(index)] = answer.error;
      return `${field.label}:\n${answer.ok ? answer.text : ""}`;
    });
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    const earlier = await earlierRecord(tx, viewer, submission.requestKey, "form-submission");
    if (earlier) return { ok: true, ticketId: earlier };
    const [ticket] = await tx
      .insert(tickets)
      .values({
        accountId: viewer.accountId,
        contactId: viewer.userId,
        subject: form.title.slice(0, 200),
        priority: form.priority,
        team: form.team || null,
      })
      .returning({ id: tickets.id, number: tickets.number });
    await unsafeStartThread(tx, {
      actorId: viewer.userId,
      record: { type: "ticket", id: ticket!.id, accountId: viewer.accountId },
      title: `#${ticket!.number} · ${form.title}`,
      body: lines.join("\n\n"),
      verb: "submitted",
    });
    await auditClientChange(tx, viewer, { action: "record.created", type: "ticket", id: ticket!.id, what: "form" }, ip);
    await rememberRecord(tx, submission.requestKey, ticket!.id);
    return { ok: true, ticketId: ticket!.id };
  });
}
