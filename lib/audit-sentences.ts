// The audit log read as sentences: "Robin Staff invited Dana Whitfield to Harbour Logistics".
// Every event keeps its raw detail; this is only how it reads. An action without its own sentence
// still reads sensibly ("Robin Staff: record updated").

export type AuditFacts = {
  action: string;
  actorName: string | null;
  subjectName: string | null;
  accountName: string | null;
  detail: Record<string, unknown>;
};

type Sentence = (facts: { by: string; about: string; at: string; detail: Record<string, unknown> }) => string;

const onOff = (value: unknown) => (value ? "on" : "off");

const sentences: Record<string, Sentence> = {
  "sign_in.succeeded": ({ by }) => `${by} signed in`,
  "sign_in.failed": ({ about }) => `A sign-in as ${about} failed`,
  "sign_in.throttled": ({ about }) => `Sign-ins as ${about} were paused after too many tries`,
  "sign_in.step_required": ({ by }) => `${by} gave the right password and was asked for the next step`,
  "sign_in_code.requested": ({ about }) => `A sign-in code was requested for ${about}`,
  "two_factor.enrolled": ({ by }) => `${by} set up two-factor sign-in`,
  "two_factor.failed": ({ by }) => `${by} entered a wrong two-factor code`,
  "two_factor.throttled": ({ by }) => `Two-factor codes for ${by} were paused after too many tries`,
  "two_factor.recovery_code_used": ({ by }) => `${by} signed in with a recovery code`,
  "two_factor.recovery_codes_replaced": ({ by }) => `${by} made new recovery codes`,
  "two_factor.browser_trusted": ({ by }) => `${by} chose to trust this browser for two-factor`,
  "two_factor.turned_off": ({ by }) => `${by} turned off two-factor sign-in`,
  "two_factor.reset": ({ by, about }) => `${by} reset two-factor sign-in for ${about}`,
  "settings.two_factor_changed": ({ by, detail }) =>
    `${by} turned required two-factor for owners and admins ${onOff(detail.requireTwoFactorForAdmins)}`,
  "account.two_factor_changed": ({ by, at, detail }) => `${by} turned required two-factor ${onOff(detail.requireTwoFactor)} for ${at}`,
  sign_out: ({ by }) => `${by} signed out`,
  "session.ended": ({ by }) => `${by} ended a session`,
  "sign_out.everywhere": ({ by }) => `${by} signed out everywhere`,
  "invitation.sent": ({ by, about, at }) => `${by} invited ${about} to ${at}`,
  "invitation.accepted": ({ about, at }) => `${about} accepted the invitation to ${at}`,
  "invitation.cancelled": ({ by, about }) => `${by} cancelled the invitation of ${about}`,
  "password.set": ({ about }) => `${about} chose a password`,
  "password.reset": ({ about }) => `${about} reset their password`,
  "password_reset.requested": ({ about }) => `A password reset was requested for ${about}`,
  "username.requested": ({ about }) => `A username reminder was requested for ${about}`,
  "settings.customer_login_changed": ({ by, detail }) => `${by} turned customer sign-in ${onOff(detail.allowCustomerLogin)}`,
  "settings.sign_in_codes_changed": ({ by, detail }) => `${by} turned emailed sign-in codes ${onOff(detail.signInCodesEnabled)}`,
  "settings.sign_offs_changed": ({ by }) => `${by} changed the sign-off defaults`,
  "settings.payments_changed": ({ by }) => `${by} changed how clients pay`,
  "settings.login_enabled_for_all": ({ by }) => `${by} enabled login for all existing contacts`,
  "settings.embed_origins_changed": ({ by }) => `${by} changed the websites allowed to embed the sign-in form`,
  "settings.defaults_applied_to_all": ({ by }) => `${by} applied the default permissions to all contacts`,
  "permission.changed": ({ by }) => `${by} changed permissions`,
  "branding.saved": ({ by }) => `${by} saved the branding`,
  "branding.reverted": ({ by }) => `${by} went back to an earlier branding`,
  "record.created": ({ by, at }) => `${by} added a record for ${at}`,
  "record.updated": ({ by, at }) => `${by} updated a record of ${at}`,
  "record.deleted": ({ by, at }) => `${by} deleted a record of ${at}`,
  "group.created": ({ by, at }) => `${by} made a group at ${at}`,
  "group.deleted": ({ by, at }) => `${by} deleted a group at ${at}`,
  "group.members_changed": ({ by, at }) => `${by} changed who is in a group at ${at}`,
  "account.portal_access_changed": ({ by, at }) => `${by} changed portal access for ${at}`,
  "account.contact_login_changed": ({ by, about, at }) => `${by} changed whether ${about} may sign in for ${at}`,
  "contact.login_changed": ({ by, about }) => `${by} changed whether ${about} may sign in`,
  "contact.access_revoked": ({ by, about }) => `${by} revoked portal access of ${about}`,
  "test_client.signed_in": ({ by }) => `${by} signed in as the test client`,
  "import.committed": ({ by, detail }) => `${by} imported ${Number(detail.rows ?? 0).toLocaleString("en-GB")} rows of contacts`,
  "registration.requested": ({ about, at }) => `${about} asked to register for ${at}`,
  "registration.unmatched": () => "A registration matched no account",
  "registration.joined": ({ about, at }) => `${about} registered and joined ${at}`,
  "registration.awaiting_staff": ({ about, at }) => `${about} registered for ${at} and waits for staff`,
  "registration.refused": ({ about, at }) => `A registration of ${about} for ${at} was refused`,
  "registration.throttled": () => "Registrations were paused after too many tries",
  "colleague_invite.throttled": ({ by }) => `Colleague invitations by ${by} were paused after too many`,
  "colleague_invite.address_known": ({ by }) => `${by} invited an address that already has a sign-in`,
  "email_request.throttled": () => "Email requests were paused after too many",
  "view_as.started": ({ by, about }) => `${by} started viewing the portal as ${about}`,
  "view_as.ended": ({ by, about }) => `${by} stopped viewing the portal as ${about}`,
  "view_as.refused": ({ by }) => `${by} was refused viewing the portal as a contact`,
  "security.refused": ({ by }) => `${by} was refused a page or action their role does not allow`,
  "setup.completed": ({ by }) => `${by} set up the business`,
  "team.invited": ({ by, about }) => `${by} invited ${about} to the team`,
  "team.invitation_resent": ({ by, about }) => `${by} sent ${about} a new team invitation`,
  "team.invitation_cancelled": ({ by, about }) => `${by} cancelled the team invitation of ${about}`,
  "team.role_changed": ({ by, about, detail }) =>
    `${by} changed the role of ${about} from ${String(detail.from ?? "?")} to ${String(detail.to ?? "?")}`,
  "team.deactivated": ({ by, about }) => `${by} deactivated ${about}`,
  "team.reactivated": ({ by, about }) => `${by} reactivated ${about}`,
  "team.joined": ({ about }) => `${about} joined the team`,
  "sign_off.created": ({ by, at }) => `${by} started a sign-off for ${at}`,
  "sign_off.file_added": ({ by }) => `${by} added a file to a sign-off`,
  "sign_off.file_removed": ({ by }) => `${by} took a file out of a sign-off`,
  "sign_off.sent": ({ by, at }) => `${by} sent a sign-off to ${at}`,
  "sign_off.opened": ({ by }) => `${by} opened a sign-off`,
  "sign_off.commented": ({ by }) => `${by} commented on a sign-off`,
  "sign_off.responded": ({ by, detail }) =>
    `${by} answered a sign-off${detail.decision ? `: ${String(detail.decision).replaceAll("_", " ")}` : ""}`,
  "sign_off.completed": ({ at }) => `A sign-off for ${at} was completed`,
  "sign_off.cancelled": ({ by }) => `${by} cancelled a sign-off`,
  "sign_off.recipient_added": ({ by }) => `${by} added someone to a sign-off`,
  "sign_off.recipient_removed": ({ by }) => `${by} took someone off a sign-off`,
  "sign_off.reminded": ({ by }) => `${by} sent a sign-off reminder`,
  "sign_off.round_started": ({ by }) => `${by} started a new round of a sign-off`,
  "sign_off.link_renewed": ({ about }) => `${about} was sent a fresh sign-off link`,
  "quote.answered": ({ by, detail }) =>
    `${by} ${detail.decision === "accepted" ? "accepted" : detail.decision === "declined" ? "declined" : "asked for changes to"} a quote`,
  "quote.revised": ({ by }) => `${by} sent a revised quote`,
  "payment.recorded": ({ by, at, detail }) =>
    detail.method === "card" ? `${by} paid an invoice of ${at} online` : `${by} recorded a payment received from ${at}`,
  "payment.refunded": ({ at }) => `A payment of ${at} was refunded`,
  "payment.failed": ({ at }) => `An online payment of ${at} failed`,
  "payment.refused": ({ detail }) => `A payment event was refused${detail.reason ? `: ${String(detail.reason)}` : ""}`,
};

export function describeAuditEvent(facts: AuditFacts): string {
  const by = facts.actorName ?? "Someone";
  const about = facts.subjectName ?? "someone";
  const at = facts.accountName ?? "an account";
  const sentence = sentences[facts.action];
  return sentence ? sentence({ by, about, at, detail: facts.detail }) : `${by}: ${facts.action.replace(/[._]/g, " ")}`;
}

/** The detail as labelled lines, for "Details" on demand: keys in words, lists joined, yes/no for flags. */
export function describeAuditDetail(detail: Record<string, unknown>): [string, string][] {
  return Object.entries(detail).map(([key, value]) => [labelOf(key), valueOf(value)]);
}

function labelOf(key: string) {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueOf(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(valueOf).join(", ") || "none";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** An address as people write it: an IPv4 address arriving over IPv6 loses its "::ffff:" wrapping; this machine says so. */
export function plainIp(ip: string | null): string {
  if (!ip) return "—";
  const address = ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return address === "127.0.0.1" || address === "::1" ? `${address} (this server)` : address;
}
