import { Text } from "@react-email/components";
import { BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { InviterNote } from "./components/inviter-note";
import { OneTimeLink } from "./components/one-time-link";

export type InvitationEmailProps = {
  brand: EmailBrand;
  contactName: string;
  inviterName: string;
  accountName: string;
  message?: string | null;
  acceptUrl: string;
  expiresAt: string;
};

// Carries a link to set a password; never a password itself.
export default function InvitationEmail(props: InvitationEmailProps) {
  const { brand, contactName, inviterName, accountName, message, acceptUrl } = props;
  return (
    <BrandedLayout brand={brand} preview={`${inviterName} invited you to ${brand.portalName}`}>
      <Text style={paragraph}>Hello {contactName},</Text>
      <Text style={paragraph}>
        {inviterName} invited you to {brand.portalName}, where you can follow everything shared with {accountName}.
      </Text>
      <InviterNote brand={brand} message={message} />
      <Text style={paragraph}>Choose your own password to get started:</Text>
      <OneTimeLink brand={brand} href={acceptUrl} expiresAt={props.expiresAt}>
        Accept invitation
      </OneTimeLink>
    </BrandedLayout>
  );
}

InvitationEmail.PreviewProps = {
  brand: defaultBrand,
  contactName: "Dana Whitfield",
  inviterName: "Olivia Hart",
  accountName: "Harbour Logistics",
  message: "Your invoices and project updates are all in one place now.",
  acceptUrl: "http://localhost:3000/invitation/preview-token",
  expiresAt: "2026-12-01T12:00:00.000Z",
} satisfies InvitationEmailProps;
