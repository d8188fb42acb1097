import { z } from "zod";

// The catalog of emails without React: each template's name, the shape of its props, its subject
// line and which props grant access. The outbox (in the data layer) needs only this; rendering is
// templates.ts, which the worker and the previews import.

/** What became of a registration: joined; waiting for staff to switch them on; refused by a staff decision; or repeated misses (guessing). */
export type RegistrationNoticeOutcome = "joined" | "awaiting" | "refused" | "misses";

/** The notice's first line, also its subject. */
export const registrationNoticeLines: Record<RegistrationNoticeOutcome, (p: { name: string; accountName: string }) => string> = {
  joined: (p) => `${p.name} joined ${p.accountName}`,
  awaiting: (p) => `${p.name} is waiting to use the portal for ${p.accountName}`,
  refused: (p) => `A registration for ${p.accountName} was refused`,
  misses: (p) => `Repeated failed registrations for ${p.accountName}`,
};

function registrationNoticeSubject(p: { name: string; accountName: string; outcome?: RegistrationNoticeOutcome }) {
  return registrationNoticeLines[p.outcome ?? "joined"](p);
}

/** What every email carries of the business's look. */
export type EmailBrand = { portalName: string; primaryColor: string; onPrimaryColor: string; logoUrl: string | null };

export const defaultBrand: EmailBrand = { portalName: "Client Portal", primaryColor: "#1d4ed8", onPrimaryColor: "#ffffff", logoUrl: null };

// Emails queued before logos and readable button colours existed default to the old look.
const brandSchema = z.object({
  portalName: z.string(),
  primaryColor: z.string(),
  onPrimaryColor: z.string().default("#ffffff"),
  logoUrl: z.url().nullable().default(null),
});

// Every template, its props' shape and its subject line. The outbox stores a template's name and
// props; the worker renders them here, so a queued email survives restarts and deploys.
export const catalog = {
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
    // Props that grant access. Once an email has really left, the outbox keeps them no longer.
    secretProps: ["acceptUrl"],
  },
  "password-link": {
    schema: z.object({ brand: brandSchema, name: z.string(), reason: z.enum(["reset", "first"]), link: z.url(), expiresAt: z.string() }),
    subject: (p: { reason: "reset" | "first"; brand: { portalName: string } }) =>
      p.reason === "first" ? `Choose your password for ${p.brand.portalName}` : `Reset your password for ${p.brand.portalName}`,
    secretProps: ["link"],
  },
  "username-reminder": {
    schema: z.object({ brand: brandSchema, name: z.string(), username: z.string(), accountNames: z.array(z.string()), signInUrl: z.url() }),
    subject: (p: { brand: { portalName: string } }) => `Your username for ${p.brand.portalName}`,
    secretProps: [],
  },
  "sign-in-code": {
    schema: z.object({ brand: brandSchema, name: z.string(), code: z.string(), expiresAt: z.string() }),
    subject: (p: { brand: { portalName: string } }) => `Your sign-in code for ${p.brand.portalName}`,
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
    secretProps: ["acceptUrl"],
  },
  "registration-confirm": {
    schema: z.object({ brand: brandSchema, name: z.string(), link: z.url(), expiresAt: z.string() }),
    subject: (p: { brand: { portalName: string } }) => `Confirm your email address for ${p.brand.portalName}`,
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
    secretProps: [],
  },
  notification: {
    schema: z.object({
      brand: brandSchema,
      name: z.string(),
      headline: z.string(),
      excerpt: z.string().nullish(),
      actionLabel: z.string(),
      url: z.url(),
      canReply: z.boolean().optional(),
      unsubscribeUrl: z.url(),
      kindLabel: z.string(),
    }),
    subject: (p: { headline: string }) => p.headline,
    secretProps: [],
  },
  digest: {
    schema: z.object({
      brand: brandSchema,
      name: z.string(),
      items: z.array(z.object({ text: z.string(), url: z.url(), at: z.string() })),
      moreCount: z.number().int(),
      inboxUrl: z.url(),
      settingsUrl: z.url(),
    }),
    subject: digestSubject,
    secretProps: [],
  },
  "sign-off": {
    schema: z.object({
      brand: brandSchema,
      name: z.string(),
      moment: z.enum(["requested", "reminder", "new_round", "cancelled", "complete", "fresh_link", "comment"]),
      subject: z.string(),
      senderName: z.string(),
      accountName: z.string(),
      isApprover: z.boolean(),
      dueOn: z.string().nullish(),
      url: z.url().nullish(),
      expiresAt: z.string().nullish(),
      excerpt: z.string().nullish(),
      canReply: z.boolean().optional(),
    }),
    subject: (p: { moment: SignOffMoment; subject: string; senderName: string }) => signOffEmailLines[p.moment](p),
    secretProps: ["url"],
  },
  "payment-receipt": {
    schema: z.object({
      brand: brandSchema,
      name: z.string().nullish(),
      moment: z.enum(["received", "refunded"]),
      receiptNumber: z.string(),
      invoiceNumber: z.string(),
      accountName: z.string(),
      amount: z.string(),
      method: z.string(),
      day: z.string(),
      stillDue: z.string(),
      invoiceUrl: z.url().nullish(),
    }),
    subject: paymentReceiptSubject,
    secretProps: [],
  },
  "reply-refused": {
    schema: z.object({ brand: brandSchema, reason: z.string(), portalUrl: z.url() }),
    subject: replyRefusedSubject,
    secretProps: [],
  },
} as const;

export type SignOffMoment = "requested" | "reminder" | "new_round" | "cancelled" | "complete" | "fresh_link" | "comment";

/** Each sign-off email's subject, also its preview line. */
export const signOffEmailLines: Record<SignOffMoment, (p: { subject: string; senderName: string }) => string> = {
  requested: (p) => `${p.senderName} asks for your sign-off: ${p.subject}`,
  reminder: (p) => `Reminder: your sign-off is awaited on ${p.subject}`,
  new_round: (p) => `New version to sign off: ${p.subject}`,
  cancelled: (p) => `Sign-off cancelled: ${p.subject}`,
  complete: (p) => `Signed off: ${p.subject}`,
  fresh_link: (p) => `Your new link to ${p.subject}`,
  comment: (p) => `${p.senderName} commented on ${p.subject}`,
};

/** A payment's receipt, or a refund's: also the email's preview line. */
export function paymentReceiptSubject(p: {
  moment: "received" | "refunded";
  receiptNumber: string;
  invoiceNumber: string;
  amount: string;
}) {
  return p.moment === "refunded"
    ? `Refund of ${p.amount} on invoice ${p.invoiceNumber}`
    : `Receipt ${p.receiptNumber}: ${p.amount} paid on invoice ${p.invoiceNumber}`;
}

/** A reply by email that could not be posted: also the email's preview line. */
export function replyRefusedSubject() {
  return "Your reply was not posted";
}

/** The daily digest: also its preview line. */
export function digestSubject(p: { items: unknown[]; moreCount: number; brand: { portalName: string } }) {
  const count = p.items.length + p.moreCount;
  return `${count} ${count === 1 ? "update" : "updates"} from ${p.brand.portalName}`;
}

const REDACTED_LINK = "https://link-removed-after-delivery.invalid/";

/** Also used by bulk invitations, which build their emails in SQL. */
export function invitationSubject(inviterName: string, portalName: string) {
  return `${inviterName} invited you to ${portalName}`;
}

export type TemplateName = keyof typeof catalog;
export type TemplateProps<T extends TemplateName> = z.infer<(typeof catalog)[T]["schema"]>;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(catalog, name);
}

export function subjectFor<T extends TemplateName>(template: T, props: TemplateProps<T>): string {
  // Each entry's subject takes that entry's props; TypeScript cannot follow the pairing through the index.
  const subject = catalog[template].subject as (props: TemplateProps<T>) => string;
  return subject(props);
}

/** The props with every secret replaced, for keeping after real delivery (the preview still renders). */
export function redactSecrets(template: string, props: unknown): unknown {
  if (!isTemplateName(template) || typeof props !== "object" || props === null) return props;
  const secrets: readonly string[] = catalog[template].secretProps;
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, secrets.includes(key) ? REDACTED_LINK : value]));
}
