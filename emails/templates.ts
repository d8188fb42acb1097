import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import { z } from "zod";
import InvitationEmail from "./invitation";
import PasswordLinkEmail from "./password-link";
import { RegistrationConfirmEmail, RegistrationNoticeEmail, registrationNoticeSubject } from "./registration";
import SignInCodeEmail from "./sign-in-code";
import StaffInvitationEmail from "./staff-invitation";
import UsernameReminderEmail from "./username-reminder";

// Emails queued before logos and readable button colours existed default to the old look.
const brandSchema = z.object({
  portalName: z.string(),
  primaryColor: z.string(),
  onPrimaryColor: z.string().default("#ffffff"),
  logoUrl: z.url().nullable().default(null),
});

// Every template, its props' shape and its subject line. The outbox stores a template's name and
// props; the worker renders them here, so a queued email survives restarts and deploys.
const templates = {
  invitation: {
    schema: z.object({
      brand: brandSchema,
      contactName: z.string(),
      inviterName: z.string(),
      accountName: z.string(),
      message: z.string().nullish(),
      acceptUrl: z.url(),
      expiresAt: z.string(),
    }),
    subject: (p: { inviterName: string; brand: { portalName: string } }) => invitationSubject(p.inviterName, p.brand.portalName),
    component: InvitationEmail as ComponentType<never>,
    // Props that grant access. Once an email has really left, the outbox keeps them no longer.
    secretProps: ["acceptUrl"],
  },
  "password-link": {
    schema: z.object({ brand: brandSchema, name: z.string(), reason: z.enum(["reset", "first"]), link: z.url(), expiresAt: z.string() }),
    subject: (p: { reason: "reset" | "first"; brand: { portalName: string } }) =>
      p.reason === "first" ? `Choose your password for ${p.brand.portalName}` : `Reset your password for ${p.brand.portalName}`,
    component: PasswordLinkEmail as ComponentType<never>,
    secretProps: ["link"],
  },
  "username-reminder": {
    schema: z.object({ brand: brandSchema, name: z.string(), username: z.string(), accountNames: z.array(z.string()), signInUrl: z.url() }),
    subject: (p: { brand: { portalName: string } }) => `Your username for ${p.brand.portalName}`,
    component: UsernameReminderEmail as ComponentType<never>,
    secretProps: [],
  },
  "sign-in-code": {
    schema: z.object({ brand: brandSchema, name: z.string(), code: z.string(), expiresAt: z.string() }),
    subject: (p: { brand: { portalName: string } }) => `Your sign-in code for ${p.brand.portalName}`,
    component: SignInCodeEmail as ComponentType<never>,
    secretProps: ["code"],
  },
  "staff-invitation": {
    schema: z.object({
      brand: brandSchema,
      name: z.string(),
      inviterName: z.string(),
      roleLabel: z.string(),
      message: z.string().nullish(),
      acceptUrl: z.url(),
      expiresAt: z.string(),
    }),
    subject: (p: { inviterName: string; brand: { portalName: string } }) =>
      `${p.inviterName} invited you to the ${p.brand.portalName} team`,
    component: StaffInvitationEmail as ComponentType<never>,
    secretProps: ["acceptUrl"],
  },
  "registration-confirm": {
    schema: z.object({ brand: brandSchema, name: z.string(), link: z.url(), expiresAt: z.string() }),
    subject: (p: { brand: { portalName: string } }) => `Confirm your email address for ${p.brand.portalName}`,
    component: RegistrationConfirmEmail as ComponentType<never>,
    secretProps: ["link"],
  },
  "registration-notice": {
    schema: z.object({
      brand: brandSchema,
      name: z.string(),
      email: z.string(),
      accountName: z.string(),
      contactUrl: z.url(),
      outcome: z.enum(["joined", "awaiting", "refused", "misses"]).default("joined"),
    }),
    subject: registrationNoticeSubject,
    component: RegistrationNoticeEmail as ComponentType<never>,
    secretProps: [],
  },
} as const;

const REDACTED_LINK = "https://link-removed-after-delivery.invalid/";

/** Also used by bulk invitations, which build their emails in SQL. */
export function invitationSubject(inviterName: string, portalName: string) {
  return `${inviterName} invited you to ${portalName}`;
}

export type TemplateName = keyof typeof templates;
export type TemplateProps<T extends TemplateName> = z.infer<(typeof templates)[T]["schema"]>;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

export function subjectFor<T extends TemplateName>(template: T, props: TemplateProps<T>): string {
  // Each entry's subject takes that entry's props; TypeScript cannot follow the pairing through the index.
  const subject = templates[template].subject as (props: TemplateProps<T>) => string;
  return subject(props);
}

/** The props with every secret replaced, for keeping after real delivery (the preview still renders). */
export function redactSecrets(template: string, props: unknown): unknown {
  if (!isTemplateName(template) || typeof props !== "object" || props === null) return props;
  const secrets: readonly string[] = templates[template].secretProps;
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, secrets.includes(key) ? REDACTED_LINK : value]));
}

export async function renderEmail(template: string, rawProps: unknown): Promise<{ html: string; text: string }> {
  if (!isTemplateName(template)) throw new Error(`Unknown email template "${template}"`);
  const entry = templates[template];
  const props = entry.schema.parse(rawProps);
  const element = createElement(entry.component, props as never);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
