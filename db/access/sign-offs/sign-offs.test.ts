import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, emails, signOffFiles, signOffLinks, signOffResponses, signOffRounds, signOffs, signOffSessions } from "@/db/schema";
import { certificateLines } from "@/lib/sign-offs/certificate-pdf";
import { linkSentTo, openAs, sentSignOff } from "../../testing/sign-offs";
import { getCertificateFacts } from "./certificate";
import { getSignOffFileFor, removeDraftFile, uploadSignOffFile } from "./files";
import { unsafeReadSignOffLink } from "./links";
import { addRecipient, cancelSignOff, remindNow, removeRecipient, sendRound, startNewRound } from "./manage";
import { getSignOff, getSignOffFor } from "./read";
import { unsafeRecipientOfSession } from "./recipients";
import { unsafeRequestFreshSignOffLink, unsafeSendDueReminders } from "./reminders";
import { unsafeAcceptEmailReply } from "../collaboration/email-replies";
import { replyTokenIn } from "../collaboration/reply-addresses";
import { getSignOffSettings, setSignOffSettings, signOffSettingsSchema } from "./settings";
import { commentAsRecipient, respondToSignOff } from "./respond";

const from = { ip: "203.0.113.9", userAgent: "Test browser" };
const approve = (name: string) => ({ decision: "approved" as const, comment: "", typedName: name });

function signOffMail(email: string, moment?: string) {
  return db
    .select({ props: emails.props, subject: emails.subject })
    .from(emails)
    .where(
      and(eq(emails.toAddress, email), eq(emails.template, "sign-off"), moment ? sql`${emails.props}->>'moment' = ${moment}` : undefined),
    );
}

describe("sign-off links and sessions", () => {
  it("each recipient is emailed their own link, and nothing but a link", async () => {
    const { signOffId, people } = await sentSignOff();
    const [mail] = await signOffMail(people[0]!.email, "requested");
    expect(mail!.props).toMatchObject({ moment: "requested", isApprover: true });
    expect(JSON.stringify(mail!.props)).not.toMatch(/version 1/);
    const link = await unsafeReadSignOffLink(await linkSentTo(people[0]!.email));
    expect(link).toMatchObject({ state: "usable", signOffId, contactId: people[0]!.userId });
    expect(await linkSentTo(people[1]!.email)).not.toBe(await linkSentTo(people[0]!.email));
  });

  it("the button's session reaches this sign-off for this recipient only, never another sign-off, and ends with it", async () => {
    const first = await sentSignOff();
    const other = await sentSignOff();
    const { token, recipient } = await openAs(first.people[0]!.email, first.signOffId);
    expect(recipient).toMatchObject({ signOffId: first.signOffId, contactId: first.people[0]!.userId, role: "approver", via: "link" });
    const [session] = await db.select().from(signOffSessions).where(eq(signOffSessions.recipientId, recipient.recipientId));
    expect(session!.tokenHash).not.toBe(token);
    expect(await unsafeRecipientOfSession(other.signOffId, token)).toBeNull();
    expect(await unsafeRecipientOfSession(randomUUID(), token)).toBeNull();

    const unopened = await linkSentTo(first.people[1]!.email);
    await cancelSignOff(first.staff, first.signOffId);
    expect(await unsafeRecipientOfSession(first.signOffId, token)).toBeNull();
    expect((await unsafeReadSignOffLink(unopened)).state).toBe("unusable");
    expect(await signOffMail(first.people[1]!.email, "cancelled")).toMatchObject([{ props: { url: null } }]);
  });

  it("a removed recipient's link and session stop working; an expired session opens nothing", async () => {
    const { staff, signOffId, people } = await sentSignOff();
    const { token, recipient } = await openAs(people[1]!.email, signOffId);
    expect((await removeRecipient(staff, signOffId, recipient.recipientId)).ok).toBe(true);
    expect(await unsafeRecipientOfSession(signOffId, token)).toBeNull();
    expect((await unsafeReadSignOffLink(await linkSentTo(people[1]!.email))).state).toBe("unusable");

    const kept = await openAs(people[0]!.email, signOffId);
    await db
      .update(signOffSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signOffSessions.recipientId, kept.recipient.recipientId));
    expect(await unsafeRecipientOfSession(signOffId, kept.token)).toBeNull();
  });

  it("an expired link can ask for a fresh one, emailed to the same address; a made-up one sends nothing", async () => {
    const { signOffId, people } = await sentSignOff();
    const old = await linkSentTo(people[0]!.email);
    await db
      .update(signOffLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signOffLinks.signOffId, signOffId));
    expect((await unsafeReadSignOffLink(old)).state).toBe("expired");
    await unsafeRequestFreshSignOffLink(old, { ip: `198.51.100.${Math.floor(Math.random() * 200)}` });
    const fresh = await linkSentTo(people[0]!.email);
    expect(fresh).not.toBe(old);
    expect(await unsafeReadSignOffLink(fresh)).toMatchObject({ state: "usable", signOffId, contactId: people[0]!.userId });
    expect(await signOffMail(people[0]!.email, "fresh_link")).toHaveLength(1);
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(emails);
    await unsafeRequestFreshSignOffLink("A".repeat(43), { ip: "198.51.100.1" });
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(emails)).toEqual(before);
  });
});

describe("answers", () => {
  it("only approvers decide, once per round, confirming with their full name; changes need saying what", async () => {
    const { signOffId, people } = await sentSignOff();
    const approver = (await openAs(people[0]!.email, signOffId)).recipient;
    const informed = (await openAs(people[1]!.email, signOffId)).recipient;

    expect(await respondToSignOff(informed, approve(informed.name), from)).toMatchObject({ ok: false });
    expect(await respondToSignOff(approver, approve("Somebody Else"), from)).toMatchObject({ ok: false, field: "typedName" });
    expect(await respondToSignOff(approver, approve(""), from)).toMatchObject({ ok: false, field: "typedName" });
    expect(
      await respondToSignOff(
        approver,
        { decision: "changes_requested", comment: "Bigger logo", typedName: ` ${approver.name.toUpperCase()} ` },
        from,
      ),
    ).toEqual({ ok: true, isComplete: false });
    expect(await respondToSignOff(approver, approve(approver.name), from)).toMatchObject({
      ok: false,
      error: "You have answered round 1 already.",
    });

    const [answer] = await db.select().from(signOffResponses).where(eq(signOffResponses.recipientId, approver.recipientId));
    expect(answer).toMatchObject({ decision: "changes_requested", comment: "Bigger logo", ip: from.ip, userAgent: from.userAgent });
    expect(answer!.typedName).toBe(approver.name.toUpperCase());
    // Informed people comment; the comment is on a file of this sign-off, not of another.
    const detail = (await getSignOffFor(informed))!;
    const fileId = detail.rounds[0]!.files[0]!.id;
    expect((await commentAsRecipient(informed, { body: "Looks good to me", signOffFileId: fileId })).ok).toBe(true);
    const other = await sentSignOff();
    const otherFile = (await getSignOff(other.staff, other.signOffId))!.rounds[0]!.files[0]!.id;
    expect((await commentAsRecipient(informed, { body: "Sneaky", signOffFileId: otherFile })).ok).toBe(false);
  });

  it("a refusal is recorded against the round, and staff are told of every answer", async () => {
    const { staff, signOffId, people } = await sentSignOff();
    const approver = (await openAs(people[0]!.email, signOffId)).recipient;
    expect((await respondToSignOff(approver, { decision: "rejected", comment: "", typedName: approver.name }, from)).ok).toBe(false);
    expect((await respondToSignOff(approver, { decision: "rejected", comment: "Wrong brief", typedName: approver.name }, from)).ok).toBe(
      true,
    );
    const notices = await db
      .select({ subject: emails.subject })
      .from(emails)
      .where(and(eq(emails.toAddress, staff.email), eq(emails.template, "notification")));
    expect(notices.map((notice) => notice.subject)).toContainEqual(expect.stringContaining("rejected"));
    expect((await getSignOff(staff, signOffId))!.state).toBe("open");
  });
});

describe("replies by email", () => {
  it("replying to the sign-off email posts a comment as that recipient, once; a removed recipient's reply is refused", async () => {
    const { staff, signOffId, people } = await sentSignOff();
    const tokenSentTo = async (email: string) => {
      const [mail] = await db
        .select({ replyTo: emails.replyTo })
        .from(emails)
        .where(and(eq(emails.toAddress, email), eq(emails.template, "sign-off")));
      return replyTokenIn([mail!.replyTo!])!;
    };
    const first = await tokenSentTo(people[0]!.email);
    const reply = { from: people[0]!.email, token: first, text: "Looks good to me.\n\nOn Tue, someone wrote:\n> the request" };
    expect(await unsafeAcceptEmailReply(reply)).toMatchObject({ posted: true });
    expect(await unsafeAcceptEmailReply(reply)).toEqual({ posted: false, reason: "used" });
    const signOff = await getSignOff(staff, signOffId);
    expect(signOff!.comments.map((comment) => [comment.body, comment.authorName])).toEqual([["Looks good to me.", people[0]!.name]]);

    const second = await tokenSentTo(people[1]!.email);
    const [removed] = signOff!.recipients.filter((recipient) => recipient.contactId === people[1]!.userId);
    expect(await removeRecipient(staff, signOffId, removed!.id)).toMatchObject({ ok: true });
    expect(await unsafeAcceptEmailReply({ from: people[1]!.email, token: second, text: "Me too." })).toEqual({
      posted: false,
      reason: "gone",
    });
  });
});

describe("rounds and locking", () => {
  it("a sent round's files cannot be changed, removed or added to, by any access function or directly", async () => {
    const { staff, signOffId } = await sentSignOff();
    const [file] = (await getSignOff(staff, signOffId))!.rounds[0]!.files;
    expect(await removeDraftFile(staff, signOffId, file!.id)).toBe(false);
    const upload = await uploadSignOffFile(
      staff,
      { signOffId, name: "swap.txt", requestKey: randomUUID() },
      Readable.from([Buffer.from("swapped")]),
    );
    expect(upload).toEqual({ ok: false, error: "not_found" });
    await expect(
      db
        .update(signOffFiles)
        .set({ sha256: "0".repeat(64) })
        .where(eq(signOffFiles.id, file!.id)),
    ).rejects.toThrow();
    await expect(db.delete(signOffFiles).where(eq(signOffFiles.id, file!.id))).rejects.toThrow();
    await expect(db.update(signOffRounds).set({ sentAt: null }).where(eq(signOffRounds.signOffId, signOffId))).rejects.toThrow();
    expect((await getSignOff(staff, signOffId))!.rounds[0]!.files.map((f) => f.sha256)).toContain(file!.sha256);
  });

  it("after changes are asked for, a new round carries the files over, takes new versions, and is sent to everyone; history stays", async () => {
    const { staff, signOffId, people } = await sentSignOff();
    expect((await startNewRound(staff, signOffId)).ok).toBe(false);
    const approver = (await openAs(people[0]!.email, signOffId)).recipient;
    await respondToSignOff(approver, { decision: "changes_requested", comment: "Bigger logo", typedName: approver.name }, from);

    expect((await startNewRound(staff, signOffId)).ok).toBe(true);
    expect((await startNewRound(staff, signOffId)).ok).toBe(false);
    const prepared = (await getSignOff(staff, signOffId))!;
    const draft = prepared.rounds.find((round) => round.id === prepared.draftRoundId)!;
    expect(draft.files.map((file) => file.name).sort()).toEqual(["home.txt", "logo.txt"]);
    const oldLogo = draft.files.find((file) => file.name === "logo.txt")!;
    expect(await removeDraftFile(staff, signOffId, oldLogo.id)).toBe(true);
    const uploaded = await uploadSignOffFile(
      staff,
      { signOffId, name: "logo.txt", requestKey: randomUUID() },
      Readable.from([Buffer.from("The logo, version 2")]),
    );
    expect(uploaded.ok).toBe(true);
    expect((await sendRound(staff, signOffId)).ok).toBe(true);

    const after = (await getSignOff(staff, signOffId))!;
    expect(after.rounds.map((round) => round.number)).toEqual([1, 2]);
    expect(after.rounds[0]!.files.map((file) => file.name).sort()).toEqual(["home.txt", "logo.txt"]);
    expect(after.recipients.find((person) => person.id === approver.recipientId)!.answer).toBeNull();
    expect(after.recipients.find((person) => person.id === approver.recipientId)!.history).toHaveLength(1);
    expect(await signOffMail(people[1]!.email, "new_round")).toHaveLength(1);
    const newLogo = after.rounds[1]!.files.find((file) => file.name === "logo.txt")!;
    const body = await getSignOffFileFor((await openAs(people[0]!.email, signOffId)).recipient, newLogo.id);
    expect(await text(body!.body)).toBe("The logo, version 2");
    expect(newLogo.sha256).toBe(createHash("sha256").update("The logo, version 2").digest("hex"));
  });
});

describe("reminders", () => {
  it("before the due date, approvers who owe an answer are reminded once per round by the job", async () => {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { signOffId, people } = await sentSignOff({ approvers: 2, dueOn: tomorrow });
    const first = (await openAs(people[0]!.email, signOffId)).recipient;
    await respondToSignOff(first, approve(first.name), from);
    await unsafeSendDueReminders();
    await unsafeSendDueReminders();
    expect(await signOffMail(people[1]!.email, "reminder")).toHaveLength(1);
    expect(await signOffMail(people[0]!.email, "reminder")).toHaveLength(0);
    expect(await signOffMail(people[2]!.email, "reminder")).toHaveLength(0);
  });

  it("none when reminders are off for it, or the due date is far; staff may remind now, not twice within the hour", async () => {
    const later = new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const far = await sentSignOff({ dueOn: later });
    const soon = await sentSignOff({ dueOn: new Date().toISOString().slice(0, 10) });
    await db.update(signOffs).set({ hasReminders: false }).where(eq(signOffs.id, soon.signOffId));
    await unsafeSendDueReminders();
    expect(await signOffMail(far.people[0]!.email, "reminder")).toHaveLength(0);
    expect(await signOffMail(soon.people[0]!.email, "reminder")).toHaveLength(0);
    expect(await remindNow(far.staff, far.signOffId)).toMatchObject({ ok: true });
    expect(await remindNow(far.staff, far.signOffId)).toMatchObject({ ok: false });
    expect(await signOffMail(far.people[0]!.email, "reminder")).toHaveLength(1);
  });
});

describe("the business's sign-off settings", () => {
  it("owners and admins set how early reminders go and how long new links last; a member cannot", async () => {
    const inFiveDays = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { staff, people } = await sentSignOff({ dueOn: inFiveDays });
    await unsafeSendDueReminders();
    expect(await signOffMail(people[0]!.email, "reminder")).toHaveLength(0);
    const before = await getSignOffSettings(staff);
    try {
      await setSignOffSettings(staff, { linkDays: 14, reminderDays: 6 }, from.ip);
      expect(await getSignOffSettings(staff)).toEqual({ linkDays: 14, reminderDays: 6 });
      await unsafeSendDueReminders();
      expect(await signOffMail(people[0]!.email, "reminder")).toHaveLength(1);
      const [audit] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "settings.sign_offs_changed"), eq(auditEvents.actorUserId, staff.userId)));
      expect(audit!.detail).toEqual({ linkDays: 14, reminderDays: 6 });
      await expect(setSignOffSettings({ ...staff, role: "member" }, { linkDays: 1, reminderDays: 1 })).rejects.toThrow();
      expect(signOffSettingsSchema.safeParse({ linkDays: "0", reminderDays: "2" }).error?.issues[0]?.message).toBe(
        "Links last at least a day.",
      );
    } finally {
      await setSignOffSettings(staff, before);
    }
  });
});

describe("completion and the certificate", () => {
  it("complete when every approver approved; everyone is told; the certificate names the files' hashes and each approver", async () => {
    const { staff, signOffId, people } = await sentSignOff({ approvers: 2 });
    const first = (await openAs(people[0]!.email, signOffId)).recipient;
    const second = (await openAs(people[1]!.email, signOffId)).recipient;
    expect(await respondToSignOff(first, approve(first.name), from)).toEqual({ ok: true, isComplete: false });
    expect(await getCertificateFacts(staff, signOffId)).toBeNull();
    expect(await respondToSignOff(second, approve(second.name), { ip: "198.51.100.7", userAgent: "Other browser" })).toEqual({
      ok: true,
      isComplete: true,
    });
    const detail = (await getSignOff(staff, signOffId))!;
    expect(detail.state).toBe("complete");
    expect(await signOffMail(people[2]!.email, "complete")).toHaveLength(1);

    const facts = (await getCertificateFacts(second, signOffId))!;
    expect(facts.round).toBe(1);
    expect(facts.files.map((file) => file.sha256).sort()).toEqual(
      ["The homepage, version 1", "The logo, version 1"].map((content) => createHash("sha256").update(content).digest("hex")).sort(),
    );
    expect(facts.approvers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: first.name, ip: from.ip, userAgent: from.userAgent }),
        expect.objectContaining({ name: second.name, ip: "198.51.100.7", userAgent: "Other browser" }),
      ]),
    );
    const lines = certificateLines(facts)
      .map((line) => line.text)
      .join("\n");
    for (const file of facts.files) expect(lines).toContain(file.sha256);
    expect(lines).toContain("198.51.100.7");
    // Nobody can take an approval back.
    await expect(db.delete(signOffResponses).where(eq(signOffResponses.recipientId, first.recipientId))).rejects.toThrow();
    expect((await addRecipient(staff, signOffId, { contactId: people[2]!.userId, role: "approver" })).ok).toBe(false);
  });
});
