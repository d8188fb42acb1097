import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/db/client";
import { accountContacts, accounts, sessions, users, viewAsSessions } from "@/db/schema";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { maySignIn, mayUseAccount } from "./login-rule";
import { isOpenSession, isPendingSession, isSessionStale, touchSession } from "../sign-in/sessions";
import { mayUseArea, type StaffArea } from "./staff-roles";

export type StaffViewer = {
  kind: "staff";
  userId: string;
  /** The row in `sessions` this browser signed in as. */
  sessionId: string;
  name: string;
  email: string;
  role: "owner" | "admin" | "member" | "designer";
};
export type ContactViewer = {
  kind: "contact";
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  accountId: string;
  accountName: string;
  /** Every account this contact may use the portal for, by name. */
  accounts: { id: string; name: string }[];
  /** False when they belong to several accounts and have not picked one in this browser yet. */
  hasChosenAccount: boolean;
  /** Set when a staff member is looking through this contact's eyes: nothing may be changed. */
  viewAs?: { sessionId: string; staffUserId: string; staffName: string; expiresAt: Date };
};
export type Viewer = StaffViewer | ContactViewer;

/**
 * Someone whose password (or emailed code) was right but who still owes a step: a code from their
 * authenticator app, or enrolling where two-factor is required. They may open only that step.
 */
export type PendingSignIn = {
  kind: "pending";
  userId: string;
  sessionId: string;
  step: "two_factor" | "enrolment";
  name: string;
  email: string;
  personKind: "staff" | "contact";
};

/**
 * Who is asking, resolved once per request from the session cookie *and* the database: the cookie
 * names a row in `sessions`, and only an open, unexpired row of this person counts, so signing out
 * (on this device or another), a new password, or login switched off ends it on the very next request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.userId;
  const sessionId = session?.sessionId;
  if (!isUuid(userId) || !isUuid(sessionId)) return null;

  const [person] = await db
    .select({
      id: users.id,
      kind: users.kind,
      name: users.name,
      email: users.email,
      staffRole: users.staffRole,
      isSessionStale,
      maySignIn,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isOpenSession))
    .limit(1);
  if (!person || !person.maySignIn) return null;
  if (person.isSessionStale) await touchSession(sessionId);

  const identity = { userId: person.id, sessionId, name: person.name, email: person.email };
  if (person.kind === "staff") return { kind: "staff", ...identity, role: person.staffRole ?? "member" };
  // The account chosen in this browser, if it is still one of theirs; else the first.
  const chosenId = (await cookies()).get(ACTIVE_ACCOUNT_COOKIE)?.value;
  return contactViewerFor(identity, { chosenId });
});

/** For the sign-in steps after the password: this browser's session, if it is waiting for one. */
export const getPendingSignIn = cache(async (): Promise<PendingSignIn | null> => {
  const session = await auth();
  if (!isUuid(session?.userId) || !isUuid(session?.sessionId)) return null;
  const [row] = await db
    .select({
      userId: users.id,
      sessionId: sessions.id,
      step: sessions.pendingStep,
      name: users.name,
      email: users.email,
      personKind: users.kind,
      maySignIn,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, session.sessionId), eq(sessions.userId, session.userId), isPendingSession))
    .limit(1);
  if (!row?.step || !row.maySignIn) return null;
  return {
    kind: "pending",
    userId: row.userId,
    sessionId: row.sessionId,
    step: row.step,
    name: row.name,
    email: row.email,
    personKind: row.personKind,
  };
});

/** Where a person part-way through signing in goes next. */
export function pendingStepPath(pending: PendingSignIn): string {
  return pending.step === "two_factor" ? "/sign-in/two-factor" : "/sign-in/enrol";
}

/**
 * The viewer for portal pages: the contact signed in, or, for a staff member with a live
 * "view as" session in this browser, that contact (read-only, bound to one account).
 */
export const getPortalViewer = cache(async (): Promise<Viewer | null> => {
  const viewer = await getViewer();
  if (viewer?.kind !== "staff") return viewer;
  const sessionId = (await cookies()).get(VIEW_AS_COOKIE)?.value;
  if (!isUuid(sessionId)) return viewer;
  const [session] = await db
    .select({
      id: viewAsSessions.id,
      contactId: viewAsSessions.contactId,
      accountId: viewAsSessions.accountId,
      expiresAt: viewAsSessions.expiresAt,
      name: users.name,
      email: users.email,
    })
    .from(viewAsSessions)
    .innerJoin(users, eq(users.id, viewAsSessions.contactId))
    .where(
      and(
        eq(viewAsSessions.id, sessionId),
        eq(viewAsSessions.staffUserId, viewer.userId),
        isNull(viewAsSessions.endedAt),
        sql`${viewAsSessions.expiresAt} > now()`,
      ),
    )
    .limit(1);
  if (!session) return viewer;
  const contact = await contactViewerFor(
    { userId: session.contactId, sessionId: viewer.sessionId, name: session.name, email: session.email },
    { onlyAccountId: session.accountId },
  );
  if (!contact) return viewer;
  return {
    ...contact,
    viewAs: { sessionId: session.id, staffUserId: viewer.userId, staffName: viewer.name, expiresAt: session.expiresAt },
  };
});

async function contactViewerFor(
  identity: { userId: string; sessionId: string; name: string; email: string },
  options: { chosenId?: string; onlyAccountId?: string },
): Promise<ContactViewer | null> {
  const usable = await db
    .select({ id: accounts.id, name: accounts.name })
    .from(accountContacts)
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .innerJoin(users, eq(users.id, accountContacts.contactId))
    .where(
      and(
        eq(accountContacts.contactId, identity.userId),
        options.onlyAccountId ? eq(accounts.id, options.onlyAccountId) : undefined,
        mayUseAccount,
      ),
    )
    .orderBy(asc(accounts.name), asc(accounts.id));
  if (usable.length === 0) return null;
  const chosen = usable.find((account) => account.id === options.chosenId);
  const active = chosen ?? usable[0]!;
  return {
    kind: "contact",
    ...identity,
    accountId: active.id,
    accountName: active.name,
    accounts: usable,
    hasChosenAccount: chosen !== undefined || usable.length === 1,
  };
}

/** The cookie naming a staff member's "view as" session; trusted only after the checks above. */
export const VIEW_AS_COOKIE = "portal-view-as";

/**
 * The cookie holding a sign-off link's session (db/access/sign-offs/recipients.ts): it opens one
 * sign-off and nothing here, where it only turns "sign in" into the answer of a missing page.
 */
export const SIGN_OFF_SESSION_COOKIE = "portal-sign-off";

/** The cookie naming the account a contact acts for; only ever trusted after checking membership above. */
export const ACTIVE_ACCOUNT_COOKIE = "portal-account";

/**
 * For console pages and actions, naming the area they belong to (staff-roles.ts): no session goes
 * to sign-in; a client, or a staff member whose role does not include the area, gets the same 404
 * as a missing page.
 */
export async function requireStaffViewer(area: StaffArea): Promise<StaffViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (viewer.kind !== "staff") return refuse(viewer, "console_as_client");
  if (!mayUseArea(viewer, area)) return refuse(viewer, `role_lacks_${area}`);
  return viewer;
}

/**
 * For portal pages and actions: staff are sent to their console, no session to sign-in, and a
 * contact of several accounts who has not picked one yet to the account chooser.
 */
export async function requireContactViewer(options: { allowUnchosen?: boolean } = {}): Promise<ContactViewer> {
  const viewer = await getPortalViewer();
  if (!viewer && (await cookies()).has(SIGN_OFF_SESSION_COOKIE)) notFound();
  if (!viewer) redirect("/sign-in");
  if (viewer.kind !== "contact") redirect("/console");
  if (!viewer.hasChosenAccount && !options.allowUnchosen) redirect("/choose-account");
  return viewer;
}

/** For portal actions that change anything: as requireContactViewer, but never while viewing as someone. */
export async function requireActingContact(options: { allowUnchosen?: boolean } = {}): Promise<ContactViewer> {
  const viewer = await requireContactViewer(options);
  if (viewer.viewAs) return refuse(viewer, "change_while_viewing_as");
  return viewer;
}

/**
 * A signed-in person asking for what is not theirs: the same 404 as a missing page, and a line in
 * the audit log (once per request, though layout and page both ask).
 */
async function refuse(viewer: Viewer, reason: "console_as_client" | `role_lacks_${StaffArea}` | "change_while_viewing_as"): Promise<never> {
  // Viewing as a contact, the one asking is the staff member; the contact is whom they look through.
  const viewAs = viewer.kind === "contact" ? viewer.viewAs : undefined;
  await recordRefusal(viewAs?.staffUserId ?? viewer.userId, viewAs ? viewer.userId : null, reason);
  notFound();
}

const recordRefusal = cache(async (actorUserId: string, subjectUserId: string | null, reason: string) => {
  const ip = (await headers()).get(CLIENT_ADDRESS_HEADER) ?? undefined;
  await recordAudit(db, { action: "security.refused", actorUserId, subjectUserId, ip, detail: { reason } });
});

/**
 * A type can be cast away; this cannot. Access functions for staff call it first, naming their
 * area where it is narrower than working with clients (settings, branding, the team).
 */
export function assertStaff(viewer: Viewer, area?: StaffArea): asserts viewer is StaffViewer {
  if (viewer.kind !== "staff") throw new Error("This action is for staff only.");
  if (area && !mayUseArea(viewer, area)) throw new Error(`The ${viewer.role} role does not include ${area}.`);
}
