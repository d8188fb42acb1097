import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  accounts,
  signOffComments,
  signOffFiles,
  signOffRecipients,
  signOffReminders,
  signOffResponses,
  signOffRounds,
  signOffs,
  users,
} from "@/db/schema";
import type { RecordKind } from "@/lib/record-kinds";
import { isUuid } from "../kit/ids";
import { recordLabels, recordTables } from "../records/kinds";
import { personName } from "../records/save";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";
import type { RecipientViewer } from "./recipients";

// Reading sign-offs: the whole of one for staff, the same less what is staff's own for one of its
// recipients, and the lists (the console's, and a contact's own in the portal).

export type SignOffDecision = "approved" | "changes_requested" | "rejected";

async function loadSignOff(id: string) {
  const [signOff] = await db
    .select({
      id: signOffs.id,
      accountId: signOffs.accountId,
      accountName: accounts.name,
      objectType: signOffs.objectType,
      objectId: signOffs.objectId,
      subject: signOffs.subject,
      instructions: signOffs.instructions,
      dueOn: signOffs.dueOn,
      linkLifetimeHours: signOffs.linkLifetimeHours,
      hasReminders: signOffs.hasReminders,
      state: signOffs.state,
      createdAt: signOffs.createdAt,
      completedAt: signOffs.completedAt,
      cancelledAt: signOffs.cancelledAt,
      createdByName: personName(signOffs.createdBy),
    })
    .from(signOffs)
    .innerJoin(accounts, eq(accounts.id, signOffs.accountId))
    .where(eq(signOffs.id, id));
  if (!signOff) return null;
  const [rounds, files, recipients, responses, comments, reminders, objectTitle] = await Promise.all([
    db
      .select({ id: signOffRounds.id, number: signOffRounds.number, sentAt: signOffRounds.sentAt })
      .from(signOffRounds)
      .where(eq(signOffRounds.signOffId, id))
      .orderBy(asc(signOffRounds.number)),
    db
      .select({
        id: signOffFiles.id,
        roundId: signOffFiles.roundId,
        name: signOffFiles.name,
        contentType: signOffFiles.contentType,
        sizeBytes: signOffFiles.sizeBytes,
        sha256: signOffFiles.sha256,
      })
      .from(signOffFiles)
      .innerJoin(signOffRounds, eq(signOffRounds.id, signOffFiles.roundId))
      .where(eq(signOffRounds.signOffId, id))
      .orderBy(asc(signOffFiles.createdAt), asc(signOffFiles.name)),
    db
      .select({
        id: signOffRecipients.id,
        contactId: signOffRecipients.contactId,
        name: users.name,
        email: users.email,
        role: signOffRecipients.role,
        addedAt: signOffRecipients.addedAt,
        openedAt: signOffRecipients.openedAt,
        removedAt: signOffRecipients.removedAt,
      })
      .from(signOffRecipients)
      .innerJoin(users, eq(users.id, signOffRecipients.contactId))
      .where(eq(signOffRecipients.signOffId, id))
      .orderBy(asc(signOffRecipients.addedAt), asc(users.name)),
    db
      .select({
        roundId: signOffResponses.roundId,
        recipientId: signOffResponses.recipientId,
        decision: signOffResponses.decision,
        comment: signOffResponses.comment,
        typedName: signOffResponses.typedName,
        ip: signOffResponses.ip,
        userAgent: signOffResponses.userAgent,
        createdAt: signOffResponses.createdAt,
      })
      .from(signOffResponses)
      .innerJoin(signOffRounds, eq(signOffRounds.id, signOffResponses.roundId))
      .where(eq(signOffRounds.signOffId, id))
      .orderBy(asc(signOffResponses.createdAt)),
    db
      .select({
        id: signOffComments.id,
        signOffFileId: signOffComments.signOffFileId,
        body: signOffComments.body,
        createdAt: signOffComments.createdAt,
        authorName: users.name,
        authorKind: users.kind,
      })
      .from(signOffComments)
      .leftJoin(users, eq(users.id, signOffComments.authorId))
      .where(eq(signOffComments.signOffId, id))
      .orderBy(asc(signOffComments.createdAt)),
    db
      .select({ roundId: signOffReminders.roundId, isAutomatic: signOffReminders.isAutomatic, createdAt: signOffReminders.createdAt })
      .from(signOffReminders)
      .innerJoin(signOffRounds, eq(signOffRounds.id, signOffReminders.roundId))
      .where(eq(signOffRounds.signOffId, id))
      .orderBy(desc(signOffReminders.createdAt)),
    titleOf(signOff.objectType, signOff.objectId),
  ]);
  const sent = rounds.filter((round) => round.sentAt);
  const current = sent.at(-1) ?? null;
  const draftRound = rounds.find((round) => !round.sentAt) ?? null;
  return {
    ...signOff,
    objectTitle,
    rounds: rounds.map((round) => ({ ...round, files: files.filter((file) => file.roundId === round.id) })),
    currentRoundId: current?.id ?? null,
    draftRoundId: draftRound?.id ?? null,
    recipients: recipients.map((recipient) => {
      const answer = current ? responses.find((r) => r.recipientId === recipient.id && r.roundId === current.id) : undefined;
      return { ...recipient, answer: answer ?? null, history: responses.filter((r) => r.recipientId === recipient.id) };
    }),
    comments,
    reminders,
  };
}

export type SignOffDetail = NonNullable<Awaited<ReturnType<typeof loadSignOff>>>;

async function titleOf(type: RecordKind | null, id: string | null): Promise<string | null> {
  if (!type || !id) return null;
  const table = recordTables[type];
  const [row] = await db.select({ title: recordLabels[type] }).from(table).where(eq(table.id, id));
  return row?.title ?? null;
}

/** Staff: one sign-off, whole (every round, response with its IP and browser, comment and reminder). */
export async function getSignOff(viewer: StaffViewer, id: string) {
  assertStaff(viewer, "clients");
  return isUuid(id) ? loadSignOff(id) : null;
}

/**
 * A recipient: the sign-off they were asked about, without what is staff's alone: rounds not yet
 * sent, reminders, and other people's IP addresses and browsers.
 */
export async function getSignOffFor(recipient: RecipientViewer) {
  const signOff = await loadSignOff(recipient.signOffId);
  if (!signOff || signOff.accountId !== recipient.accountId) return null;
  const isMine = (response: { recipientId: string }) => response.recipientId === recipient.recipientId;
  const withoutTraces = <T extends { recipientId: string; ip: string | null; userAgent: string | null }>(response: T) =>
    isMine(response) ? response : { ...response, ip: null, userAgent: null };
  return {
    ...signOff,
    rounds: signOff.rounds.filter((round) => round.sentAt),
    draftRoundId: null,
    reminders: [],
    recipients: signOff.recipients
      .filter((person) => !person.removedAt)
      .map((person) => ({
        ...person,
        email: person.id === recipient.recipientId ? person.email : "",
        answer: person.answer ? withoutTraces(person.answer) : null,
        history: person.history.map(withoutTraces),
      })),
  };
}

/** A recipient: the whole sign-off, for its certificate alone (which names every approver with IP address and browser). */
export async function getWholeSignOffFor(recipient: RecipientViewer) {
  const signOff = await loadSignOff(recipient.signOffId);
  return signOff?.accountId === recipient.accountId ? signOff : null;
}

/** Whether this recipient still owes an answer on the round being asked. */
export function owesAnswer(signOff: { state: string; recipients: { id: string; answer: unknown }[] }, recipient: RecipientViewer) {
  if (signOff.state !== "open" || recipient.role !== "approver") return false;
  return !signOff.recipients.find((person) => person.id === recipient.recipientId)?.answer;
}

const currentRound = sql<number | null>`(select max(${signOffRounds.number}) from ${signOffRounds}
  where ${signOffRounds.signOffId} = ${signOffs.id} and ${signOffRounds.sentAt} is not null)`;
const approverCount = sql<number>`(select count(*)::int from ${signOffRecipients}
  where ${signOffRecipients.signOffId} = ${signOffs.id} and ${signOffRecipients.role} = 'approver' and ${signOffRecipients.removedAt} is null)`;
const approvedCount = sql<number>`(select count(*)::int from ${signOffResponses}
  join ${signOffRounds} on ${signOffRounds.id} = ${signOffResponses.roundId}
  where ${signOffRounds.signOffId} = ${signOffs.id} and ${signOffRounds.number} = ${currentRound} and ${signOffResponses.decision} = 'approved')`;

/** Staff: sign-offs, newest first: all, or those of one account or one project or ticket. */
export async function listSignOffs(viewer: StaffViewer, filter: { accountId?: string; objectId?: string } = {}) {
  assertStaff(viewer, "clients");
  if ((filter.accountId && !isUuid(filter.accountId)) || (filter.objectId && !isUuid(filter.objectId))) return [];
  return db
    .select({
      id: signOffs.id,
      subject: signOffs.subject,
      state: signOffs.state,
      dueOn: signOffs.dueOn,
      createdAt: signOffs.createdAt,
      accountName: accounts.name,
      round: currentRound,
      approverCount,
      approvedCount,
    })
    .from(signOffs)
    .innerJoin(accounts, eq(accounts.id, signOffs.accountId))
    .where(
      and(
        filter.accountId ? eq(signOffs.accountId, filter.accountId) : undefined,
        filter.objectId ? eq(signOffs.objectId, filter.objectId) : undefined,
      ),
    )
    .orderBy(desc(signOffs.createdAt))
    .limit(200);
}

/** Contact: the sign-offs they were asked about at their active account, those waiting on them first. */
export async function listMySignOffs(viewer: ContactViewer) {
  const rows = await db
    .select({
      id: signOffs.id,
      subject: signOffs.subject,
      state: signOffs.state,
      dueOn: signOffs.dueOn,
      role: signOffRecipients.role,
      round: currentRound,
      hasAnswered: sql<boolean>`exists (select 1 from ${signOffResponses} join ${signOffRounds} on ${signOffRounds.id} = ${signOffResponses.roundId}
        where ${signOffResponses.recipientId} = ${signOffRecipients.id} and ${signOffRounds.number} = ${currentRound})`,
      createdAt: signOffs.createdAt,
    })
    .from(signOffRecipients)
    .innerJoin(signOffs, eq(signOffs.id, signOffRecipients.signOffId))
    .where(
      and(
        eq(signOffRecipients.contactId, viewer.userId),
        eq(signOffs.accountId, viewer.accountId),
        isNull(signOffRecipients.removedAt),
        inArray(signOffs.state, ["open", "complete", "cancelled"]),
      ),
    )
    .orderBy(desc(signOffs.createdAt))
    .limit(200);
  const awaiting = (row: (typeof rows)[number]) => row.state === "open" && row.role === "approver" && !row.hasAnswered;
  return [...rows.filter(awaiting), ...rows.filter((row) => !awaiting(row))].map((row) => ({ ...row, isAwaitingMe: awaiting(row) }));
}

/** Contact: whether any sign-off asks them at their active account (the portal then lists "Sign-offs"). */
export async function hasMySignOffs(viewer: ContactViewer) {
  const [row] = await db
    .select({ id: signOffRecipients.id })
    .from(signOffRecipients)
    .innerJoin(signOffs, eq(signOffs.id, signOffRecipients.signOffId))
    .where(
      and(
        eq(signOffRecipients.contactId, viewer.userId),
        eq(signOffs.accountId, viewer.accountId),
        isNull(signOffRecipients.removedAt),
        inArray(signOffs.state, ["open", "complete", "cancelled"]),
      ),
    )
    .limit(1);
  return Boolean(row);
}
