import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { createColleagueViewer, createContactViewer, createStaffViewer } from "./fixtures";
import { createSignOff } from "../access/sign-offs/create";
import { uploadSignOffFile } from "../access/sign-offs/files";
import { sendRound } from "../access/sign-offs/manage";
import { unsafeOpenSignOffLink, unsafeRecipientOfSession } from "../access/sign-offs/recipients";

// For the sign-off tests: a sent sign-off with two files, an approver and a person for information,
// and how each of them opens it from their email.

export async function sentSignOff(options: { approvers?: number; dueOn?: string } = {}) {
  const staff = await createStaffViewer();
  const first = await createContactViewer();
  const second = await createColleagueViewer(first);
  const third = await createColleagueViewer(first);
  const approvers = options.approvers ?? 1;
  const created = await createSignOff(staff, {
    accountId: first.accountId,
    subject: `Homepage design ${randomUUID().slice(0, 6)}`,
    instructions: "Please check the colours.",
    dueOn: options.dueOn ?? null,
    linkDays: 7,
    hasReminders: true,
    recipients: [
      { contactId: first.userId, role: "approver" },
      { contactId: second.userId, role: approvers > 1 ? "approver" : "informed" },
      { contactId: third.userId, role: "informed" },
    ],
    fileIds: [],
    requestKey: randomUUID(),
  });
  if (!created.ok) throw new Error(created.error);
  const signOffId = created.id;
  for (const [name, text] of [
    ["home.txt", "The homepage, version 1"],
    ["logo.txt", "The logo, version 1"],
  ]) {
    const uploaded = await uploadSignOffFile(
      staff,
      { signOffId, name: name!, requestKey: randomUUID() },
      Readable.from([Buffer.from(text!)]),
    );
    if (!uploaded.ok) throw new Error(uploaded.error);
  }
  const sent = await sendRound(staff, signOffId);
  if (!sent.ok) throw new Error(sent.error);
  return { staff, signOffId, people: [first, second, third] };
}

/** The link in the newest sign-off email to this address. */
export async function linkSentTo(email: string) {
  const [latest] = await db
    .select({ props: emails.props })
    .from(emails)
    .where(and(eq(emails.toAddress, email), eq(emails.template, "sign-off")))
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(1);
  const url = (latest?.props as { url?: string } | undefined)?.url;
  if (!url) throw new Error(`No sign-off link was emailed to ${email}`);
  return url.split("/sign-off-link/")[1]!;
}

/** Opens the newest link emailed to this address, as its button does, and answers the recipient it stands for. */
export async function openAs(email: string, signOffId: string) {
  const opened = await unsafeOpenSignOffLink(await linkSentTo(email), { ip: "203.0.113.9", userAgent: "Test browser" });
  if (!opened) throw new Error("The link did not open");
  const recipient = await unsafeRecipientOfSession(signOffId, opened.token);
  if (!recipient) throw new Error("The session does not reach its sign-off");
  return { recipient, token: opened.token };
}
