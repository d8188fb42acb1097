import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, files, signOffRecipients, signOffRounds, signOffs, users } from "@/db/schema";
import { fileStore } from "@/db/storage/file-store";
import { messageBodySchema } from "../collaboration/messages";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { optionalDateSchema, titleSchema } from "../records/inputs";
import { recordLabels, recordTables } from "../records/kinds";
import { earlierRecord, rememberRecord } from "../records/save";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { copyRecordFiles } from "./files";
import { signOffSettingsSchema } from "./settings";

// Making a sign-off: staff name it, choose who is asked (each "approval required" or "for
// information") and which of the record's files go in its first round. It starts as a draft, so
// new files can be uploaded to it before it is sent.

/** What a sign-off can be made from: a project or a ticket, or the account itself. */
export const signOffSources = ["project", "ticket"] as const;
export type SignOffSource = { accountId?: string; type?: (typeof signOffSources)[number]; id?: string };

const roleSchema = z.enum(["approver", "informed"]);

export const newSignOffSchema = z.object({
  accountId: z.uuid(),
  objectType: z.enum(signOffSources).optional(),
  objectId: z.uuid().optional(),
  subject: titleSchema("A subject"),
  instructions: messageBodySchema.or(z.literal("")).default(""),
  dueOn: optionalDateSchema,
  linkDays: signOffSettingsSchema.shape.linkDays,
  hasReminders: z.boolean(),
  recipients: z
    .array(z.object({ contactId: z.uuid(), role: roleSchema }))
    .refine((list) => list.some((recipient) => recipient.role === "approver"), "Ask at least one person for their approval."),
  fileIds: z.array(z.uuid()).max(50, "Pick at most 50 files."),
  requestKey: z.uuid(),
});
export type NewSignOff = z.infer<typeof newSignOffSchema>;

/** Staff: what the form offers for a sign-off from this source: its account's contacts, the record's files. */
export async function signOffFormOptions(viewer: StaffViewer, source: SignOffSource) {
  assertStaff(viewer, "clients");
  const origin = await originOf(source);
  if (!origin) return null;
  const [contacts, recordFiles, [settings]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(accountContacts)
      .innerJoin(users, eq(users.id, accountContacts.contactId))
      .where(eq(accountContacts.accountId, origin.accountId))
      .orderBy(asc(users.name))
      .limit(500),
    origin.object
      ? db
          .select({ id: files.id, name: files.name, sizeBytes: files.sizeBytes, createdAt: files.createdAt })
          .from(files)
          .where(and(eq(files.objectId, origin.object.id), eq(files.accountId, origin.accountId)))
          .orderBy(desc(files.createdAt))
          .limit(200)
      : Promise.resolve([]),
    db.select({ linkDays: businessSettings.signOffLinkDays }).from(businessSettings),
  ]);
  return { ...origin, contacts, files: recordFiles, defaultLinkDays: settings?.linkDays ?? 7 };
}

/** The account, and the project or ticket when there is one, as long as they exist and belong together. */
async function originOf(source: SignOffSource) {
  if (source.type && isUuid(source.id)) {
    const table = recordTables[source.type];
    const [record] = await db
      .select({ accountId: table.accountId, accountName: accounts.name, title: recordLabels[source.type] })
      .from(table)
      .innerJoin(accounts, eq(accounts.id, table.accountId))
      .where(eq(table.id, source.id));
    if (!record || (source.accountId && source.accountId !== record.accountId)) return null;
    return {
      accountId: record.accountId,
      accountName: record.accountName,
      object: { type: source.type, id: source.id, title: record.title },
    };
  }
  if (!isUuid(source.accountId)) return null;
  const [account] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, source.accountId));
  return account ? { accountId: source.accountId, accountName: account.name, object: null } : null;
}

export type CreateResult = { ok: true; id: string } | { ok: false; error: string };

/** Staff: a draft sign-off with its recipients and the picked files in its first round; once per request key. */
export async function createSignOff(viewer: StaffViewer, input: NewSignOff): Promise<CreateResult> {
  assertStaff(viewer, "clients");
  const origin = await originOf({ accountId: input.accountId, type: input.objectType, id: input.objectId });
  if (!origin || (input.objectType && !input.objectId))
    return { ok: false, error: "This project, ticket or account is not there any more." };
  const written: string[] = [];
  try {
    return await db.transaction(async (tx): Promise<CreateResult> => {
      const earlier = await earlierRecord(tx, viewer, input.requestKey, "sign-off");
      if (earlier) return { ok: true, id: earlier };
      const contactIds = [...new Set(input.recipients.map((recipient) => recipient.contactId))];
      const members = await tx
        .select({ id: accountContacts.contactId })
        .from(accountContacts)
        .where(and(eq(accountContacts.accountId, origin.accountId), inArray(accountContacts.contactId, contactIds)));
      if (members.length !== contactIds.length)
        throw new Refused("Everyone asked must be a contact of this account. Reload the page and choose again.");
      const [signOff] = await tx
        .insert(signOffs)
        .values({
          accountId: origin.accountId,
          objectType: origin.object?.type,
          objectId: origin.object?.id,
          subject: input.subject,
          instructions: input.instructions,
          dueOn: input.dueOn,
          linkLifetimeHours: input.linkDays * 24,
          hasReminders: input.hasReminders,
          state: "draft",
          createdBy: viewer.userId,
        })
        .returning({ id: signOffs.id });
      const [round] = await tx.insert(signOffRounds).values({ signOffId: signOff!.id, number: 1 }).returning({ id: signOffRounds.id });
      await tx
        .insert(signOffRecipients)
        .values(contactIds.map((contactId) => ({ signOffId: signOff!.id, contactId, role: roleOf(input, contactId) })));
      if (input.fileIds.length) {
        const copied = origin.object
          ? await copyRecordFiles(
              tx,
              viewer,
              { id: round!.id, signOffId: signOff!.id },
              { accountId: origin.accountId, objectId: origin.object.id },
              input.fileIds,
              written,
            )
          : false;
        if (!copied) throw new Refused("A file you picked is no longer on this record. Reload the page and pick again.");
      }
      await recordAudit(tx, {
        action: "sign_off.created",
        actorUserId: viewer.userId,
        accountId: origin.accountId,
        detail: { signOffId: signOff!.id, subject: input.subject, recipients: contactIds.length, files: input.fileIds.length },
      });
      await rememberRecord(tx, input.requestKey, signOff!.id);
      return { ok: true, id: signOff!.id };
    });
  } catch (error) {
    await Promise.all(
      written.map((key) =>
        fileStore()
          .remove(key)
          .catch(() => {}),
      ),
    );
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}

/** One person asked twice keeps the stronger role: approval required. */
function roleOf(input: NewSignOff, contactId: string): "approver" | "informed" {
  return input.recipients.some((recipient) => recipient.contactId === contactId && recipient.role === "approver") ? "approver" : "informed";
}

/** A refusal that must roll back what the change wrote so far. */
export class Refused extends Error {}
