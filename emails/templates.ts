import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import { catalog, isTemplateName, type TemplateName } from "./catalog";
import DigestEmail from "./digest";
import InvitationEmail from "./invitation";
import NotificationEmail from "./notification";
import PasswordLinkEmail from "./password-link";
import PaymentReceiptEmail from "./payment-receipt";
import ReplyRefusedEmail from "./reply-refused";
import { RegistrationConfirmEmail, RegistrationNoticeEmail } from "./registration";
import SignInCodeEmail from "./sign-in-code";
import SignOffEmail from "./sign-off";
import StaffInvitationEmail from "./staff-invitation";
import UsernameReminderEmail from "./username-reminder";

// Rendering: each template of the catalog (catalog.ts) and its React Email component. The worker
// renders queued emails here, from the name and props the outbox stored.
const components: Record<TemplateName, ComponentType<never>> = {
  invitation: InvitationEmail as ComponentType<never>,
  "password-link": PasswordLinkEmail as ComponentType<never>,
  "username-reminder": UsernameReminderEmail as ComponentType<never>,
  "sign-in-code": SignInCodeEmail as ComponentType<never>,
  "staff-invitation": StaffInvitationEmail as ComponentType<never>,
  "registration-confirm": RegistrationConfirmEmail as ComponentType<never>,
  "registration-notice": RegistrationNoticeEmail as ComponentType<never>,
  notification: NotificationEmail as ComponentType<never>,
  digest: DigestEmail as ComponentType<never>,
  "reply-refused": ReplyRefusedEmail as ComponentType<never>,
  "sign-off": SignOffEmail as ComponentType<never>,
  "payment-receipt": PaymentReceiptEmail as ComponentType<never>,
};

export async function renderEmail(template: string, rawProps: unknown): Promise<{ html: string; text: string }> {
  if (!isTemplateName(template)) throw new Error(`Unknown email template "${template}"`);
  const props = catalog[template].schema.parse(rawProps);
  const element = createElement(components[template], props as never);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
