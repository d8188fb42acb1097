import "server-only";
import { auditEvents } from "@/db/schema";
import type { Database, Transaction } from "@/db/client";

export type AuditAction =
  | "sign_in.succeeded"
  | "sign_in.failed"
  | "sign_in.throttled"
  | "sign_in.step_required"
  | "two_factor.enrolled"
  | "two_factor.failed"
  | "two_factor.throttled"
  | "two_factor.recovery_code_used"
  | "two_factor.recovery_codes_replaced"
  | "two_factor.browser_trusted"
  | "two_factor.turned_off"
  | "two_factor.reset"
  | "settings.two_factor_changed"
  | "account.two_factor_changed"
  | "sign_out"
  | "session.ended"
  | "sign_out.everywhere"
  | "invitation.sent"
  | "invitation.accepted"
  | "invitation.cancelled"
  | "password.set"
  | "password.reset"
  | "password_reset.requested"
  | "username.requested"
  | "settings.customer_login_changed"
  | "settings.sign_in_codes_changed"
  | "settings.sign_offs_changed"
  | "settings.payments_changed"
  | "settings.login_enabled_for_all"
  | "settings.embed_origins_changed"
  | "settings.defaults_applied_to_all"
  | "permission.changed"
  | "branding.saved"
  | "branding.reverted"
  | "record.created"
  | "record.deleted"
  | "record.updated"
  | "group.created"
  | "group.deleted"
  | "group.members_changed"
  | "account.portal_access_changed"
  | "account.contact_login_changed"
  | "contact.login_changed"
  | "contact.access_revoked"
  | "test_client.signed_in"
  | "import.committed"
  | "registration.requested"
  | "registration.unmatched"
  | "registration.joined"
  | "registration.awaiting_staff"
  | "registration.refused"
  | "registration.throttled"
  | "colleague_invite.throttled"
  | "email_request.throttled"
  | "view_as.refused"
  | "colleague_invite.address_known"
  | "security.refused"
  | "setup.completed"
  | "sign_in_code.requested"
  | "team.invited"
  | "team.invitation_resent"
  | "team.invitation_cancelled"
  | "team.role_changed"
  | "team.deactivated"
  | "team.reactivated"
  | "team.joined"
  | "view_as.started"
  | "view_as.ended"
  | "sign_off.created"
  | "sign_off.file_added"
  | "sign_off.file_removed"
  | "sign_off.sent"
  | "sign_off.opened"
  | "sign_off.commented"
  | "sign_off.responded"
  | "sign_off.completed"
  | "sign_off.cancelled"
  | "sign_off.recipient_added"
  | "sign_off.recipient_removed"
  | "sign_off.reminded"
  | "sign_off.round_started"
  | "sign_off.link_renewed"
  | "quote.answered"
  | "quote.revised"
  | "payment.recorded"
  | "payment.refunded"
  | "payment.failed"
  | "payment.refused";

export type AuditEvent = {
  action: AuditAction;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  accountId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
};

// Called by other access functions inside their own transaction, so the trail and the change
// commit together. Not for pages or actions.
export async function recordAudit(executor: Database | Transaction, event: AuditEvent) {
  await executor.insert(auditEvents).values({ ...event, detail: event.detail ?? {} });
}
