import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { messages, tickets, users } from "@/db/schema";
import type { ActivityVerb } from "@/lib/activity";
import { conversationKinds, recordKinds, type ConversationKind } from "@/lib/record-kinds";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql, type Acting } from "../permissions/resolver";
import { auditClientChange, auditRecordSaved, earlierRecord, rememberRecord } from "../records/save";
import { recordActivity } from "./activity";
import { addFollowers, isFollowerSql, unsafeFollowersOf } from "./followers";
import { notify } from "./notify";
import { findThread, type Thread } from "./threads";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

// The conversation on every project, task, ticket, contract and sale. Staff see all of it, their
// internal notes included; a contact sees the messages of a record they may see, when they are
// part of its thread (they follow it) or have "see all account activity" there.

export const messageBodySchema = z
  .string()
  .trim()
  .min(1, "Write your message first.")
  .max(20000, "Keep the message under 20,000 characters.");

/** The names of the files a message's form sends after it (the files themselves go to /api/files). */
export const attachmentNamesSchema = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((names) => names || undefined);

/** What is written, with the files it brings named at the end. */
export function withAttachments(body: string, names: string | undefined) {
  return names ? `${body}\n\nAttached: ${names}` : body;
}

export const postMessageSchema = z.object({
  recordType: z.enum(conversationKinds),
  recordId: z.uuid(),
  body: messageBodySchema,
  attachmentNames: attachmentNamesSchema,
  isInternal: z.enum(["on"]).optional(),
  requestKey: z.uuid(),
});
export type PostMessageInput = Omit<z.infer<typeof postMessageSchema>, "attachmentNames"> & { attachmentNames?: string };

const messageColumns = {
  id: messages.id,
  body: messages.body,
  isInternal: messages.isInternal,
  createdAt: messages.createdAt,
  authorName: users.name,
  authorKind: users.kind,
};

function messagesOf(objectId: string, withInternal: boolean) {
  return db
    .select(messageColumns)
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.objectId, objectId), withInternal ? undefined : eq(messages.isInternal, false)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

function mayReadThread(who: Acting, type: ConversationKind, id: string) {
  return sql<boolean>`(${isFollowerSql(who.contactId, id)} or ${allowedSql(who, "activity.all", { type, id })})`;
}

/** Contact: a record's conversation, or null when they may not see the record. `isPart` false: they see no messages until they write. */
export async function getMyConversation(viewer: ContactViewer, type: ConversationKind, id: string) {
  if (!isUuid(id)) return null;
  const who = actingAs(viewer);
  const thread = await findThread(db, type, id, who);
  if (!thread) return null;
  const [{ isPart } = { isPart: false }] = await db.execute<{ isPart: boolean }>(sql`select ${mayReadThread(who, type, id)} as "isPart"`);
  return { isPart, isClosed: thread.isClosed, messages: isPart ? await messagesOf(id, false) : [] };
}

/** Staff: a record's whole conversation, internal notes included, and whether they follow it. */
export async function getConversation(viewer: StaffViewer, type: ConversationKind, id: string) {
  assertStaff(viewer);
  if (!isUuid(id)) return null;
  const thread = await findThread(db, type, id);
  if (!thread) return null;
  const [[{ isFollowing } = { isFollowing: false }], list] = await Promise.all([
    db.execute<{ isFollowing: boolean }>(sql`select ${isFollowerSql(viewer.userId, id)} as "isFollowing"`),
    messagesOf(id, true),
  ]);
  return { isFollowing, isClosed: thread.isClosed, messages: list };
}

type Refused = { ok: false; error: "not_found" | "closed" };

/**
 * Contact: writes on a record they may see (which makes them part of its thread). A closed ticket
 * takes no replies; a reply puts an open ticket back with staff. Once per request key.
 */
export async function postMessageAsContact(viewer: ContactViewer, input: PostMessageInput, ip?: string): Promise<{ ok: true } | Refused> {
  if (viewer.viewAs) return { ok: false, error: "not_found" };
  return db.transaction(async (tx) => {
    if (await earlierRecord(tx, viewer, input.requestKey, "message")) return { ok: true };
    const thread = await findThread(tx, input.recordType, input.recordId, actingAs(viewer), true);
    if (!thread) return { ok: false, error: "not_found" };
    if (thread.isClosed) return { ok: false, error: "closed" };
    const body = withAttachments(input.body, input.attachmentNames);
    const id = await unsafeWriteMessage(tx, { id: viewer.userId, name: viewer.name, kind: "contact" }, thread, body, false);
    await auditClientChange(tx, viewer, { action: "record.updated", type: thread.type, id: thread.id, what: "message" }, ip);
    await rememberRecord(tx, input.requestKey, id);
    return { ok: true };
  });
}

/** Staff: writes a reply (the client sees it and is told) or an internal note (staff only). Once per request key. */
export async function postMessageAsStaff(viewer: StaffViewer, input: PostMessageInput): Promise<{ ok: true } | Refused> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    if (await earlierRecord(tx, viewer, input.requestKey, "message")) return { ok: true };
    const thread = await findThread(tx, input.recordType, input.recordId, undefined, true);
    if (!thread) return { ok: false, error: "not_found" };
    const body = withAttachments(input.body, input.attachmentNames);
    const id = await unsafeWriteMessage(
      tx,
      { id: viewer.userId, name: viewer.name, kind: "staff" },
      thread,
      body,
      input.isInternal === "on",
    );
    await auditRecordSaved(tx, viewer, { type: thread.type, id: thread.id, accountId: thread.accountId, isNew: false });
    await rememberRecord(tx, input.requestKey, id);
    return { ok: true };
  });
}

/**
 * Inside a change the caller has already allowed: the message, its author now following the
 * thread, the activity, and everyone else on the thread told (internal notes: staff only). On a
 * ticket, a client's message puts it back with staff; a staff answer leaves it waiting on the client.
 */
export async function unsafeWriteMessage(
  tx: Transaction,
  author: { id: string; name: string; kind: "staff" | "contact" },
  thread: Thread,
  body: string,
  isInternal: boolean,
) {
  const [message] = await tx
    .insert(messages)
    .values({ accountId: thread.accountId, objectType: thread.type, objectId: thread.id, authorId: author.id, body, isInternal })
    .returning({ id: messages.id });
  if (thread.type === "ticket") {
    const status = author.kind === "contact" ? "open" : isInternal || thread.isClosed ? undefined : "waiting";
    await tx
      .update(tickets)
      .set({ updatedAt: sql`now()`, ...(status ? { status } : {}) })
      .where(eq(tickets.id, thread.id));
  }
  await addFollowers(tx, thread, [author.id]);
  await recordActivity(tx, {
    accountId: thread.accountId,
    actorId: author.id,
    verb: isInternal ? "noted" : thread.type === "ticket" ? "replied" : "posted",
    type: thread.type,
    id: thread.id,
    title: thread.title,
    isInternal,
  });
  const noun = recordKinds[thread.type].noun;
  await notify(tx, {
    kind: thread.type === "ticket" ? "tickets" : "messages",
    record: thread,
    to: [thread.managerId, ...(await unsafeFollowersOf(tx, thread.id))],
    actorId: author.id,
    headline: `${author.name} ${isInternal ? "added a staff note to" : "wrote on"} the ${noun} “${thread.title}”`,
    excerpt: body,
    actionLabel: `See the ${noun}`,
    isStaffOnly: isInternal,
    canReply: !isInternal,
  });
  return message!.id;
}

/**
 * Inside a change that has just made a record: its maker now follows it, what they wrote first
 * (a ticket's description) is its first message, and the activity says so. Unsafe: the caller made it.
 */
export async function unsafeStartThread(
  tx: Transaction,
  start: {
    actorId: string;
    record: { type: ConversationKind; id: string; accountId: string };
    title: string;
    body?: string;
    verb: ActivityVerb;
  },
) {
  const { record } = start;
  if (start.body)
    await tx
      .insert(messages)
      .values({ accountId: record.accountId, objectType: record.type, objectId: record.id, authorId: start.actorId, body: start.body });
  await addFollowers(tx, record, [start.actorId]);
  await recordActivity(tx, { ...record, actorId: start.actorId, verb: start.verb, title: start.title });
}
