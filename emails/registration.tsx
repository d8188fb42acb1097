import { Link, Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { registrationNoticeLines, type RegistrationNoticeOutcome } from "./catalog";
import { formatExpiry } from "./format";

export type RegistrationConfirmEmailProps = { brand: EmailBrand; name: string; link: string; expiresAt: string };

// Proves the address belongs to the person registering; nothing exists for them before they follow it.
export function RegistrationConfirmEmail({ brand, name, link, expiresAt }: RegistrationConfirmEmailProps) {
  return (
    <BrandedLayout brand={brand} preview="Confirm your email address">
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>Someone (we hope you) registered for {brand.portalName} with this address. Confirm it to continue:</Text>
      <BrandButton brand={brand} href={link}>
        Confirm my address
      </BrandButton>
      <Text style={{ ...paragraph, fontSize: 13 }}>
        Or paste this link into your browser: <Link href={link}>{link}</Link>. It works once, until {formatExpiry(expiresAt)}. If you did
        not register, ignore this email.
      </Text>
    </BrandedLayout>
  );
}

RegistrationConfirmEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Alex Morgan",
  link: "http://localhost:3000/register/confirm/preview-token",
  expiresAt: "2026-12-01T12:00:00.000Z",
} satisfies RegistrationConfirmEmailProps;

export type RegistrationNoticeEmailProps = {
  brand: EmailBrand;
  name: string;
  email: string;
  accountName: string;
  contactUrl: string;
  outcome?: RegistrationNoticeOutcome;
};

const noticeText: Record<
  RegistrationNoticeOutcome,
  { preview: (p: RegistrationNoticeEmailProps) => string; body: (p: RegistrationNoticeEmailProps) => string; button: string }
> = {
  joined: {
    preview: registrationNoticeLines.joined,
    body: (p) =>
      `${p.name} (${p.email}) registered and proved a link to ${p.accountName} with its account number, billing postcode and a recent invoice. They are now a contact of that account with its usual permissions.`,
    button: "Review the contact",
  },
  awaiting: {
    preview: registrationNoticeLines.awaiting,
    body: (p) =>
      `${p.name} (${p.email}) registered and proved a link to ${p.accountName}, which lets only selected people sign in. They are a contact of the account now, but cannot sign in until you switch them on there and invite them.`,
    button: "Review the contact",
  },
  refused: {
    preview: registrationNoticeLines.refused,
    body: (p) =>
      `${p.name} (${p.email}) registered with ${p.accountName}'s details, but staff have switched portal access off for that account or for this person, so nothing was changed. They were told only that the details did not match.`,
    button: "Review the account",
  },
  misses: {
    preview: registrationNoticeLines.misses,
    body: (p) =>
      `Several registrations in the last hour gave ${p.accountName}'s account number with a wrong postcode or invoice number (the latest from ${p.email}). Someone may be guessing; further attempts for this account are slowed down.`,
    button: "Review the account",
  },
};

// Tells the business's owners what became of a registration that named one of their accounts.
export function RegistrationNoticeEmail(props: RegistrationNoticeEmailProps) {
  const text = noticeText[props.outcome ?? "joined"];
  return (
    <BrandedLayout brand={props.brand} preview={text.preview(props)}>
      <Text style={paragraph}>{text.body(props)}</Text>
      <BrandButton brand={props.brand} href={props.contactUrl}>
        {text.button}
      </BrandButton>
    </BrandedLayout>
  );
}

RegistrationNoticeEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Alex Morgan",
  email: "alex@example.com",
  accountName: "Harbour Logistics",
  contactUrl: "http://localhost:3000/console/contacts/preview",
} satisfies RegistrationNoticeEmailProps;
