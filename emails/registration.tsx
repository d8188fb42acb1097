import { Link, Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
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
        Or paste this link into your browser: <Link href={link}>{link}</Link>. It works once, until {formatExpiry(expiresAt)}. If you did not
        register, ignore this email.
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

export type RegistrationNoticeEmailProps = { brand: EmailBrand; name: string; email: string; accountName: string; contactUrl: string };

// Tells the business's owners that someone joined an account by registering.
export function RegistrationNoticeEmail({ brand, name, email, accountName, contactUrl }: RegistrationNoticeEmailProps) {
  return (
    <BrandedLayout brand={brand} preview={`${name} joined ${accountName}`}>
      <Text style={paragraph}>
        {name} ({email}) registered and proved a link to {accountName} with its account number, billing postcode and a recent invoice. They
        are now a contact of that account with its usual permissions.
      </Text>
      <BrandButton brand={brand} href={contactUrl}>
        Review the contact
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
