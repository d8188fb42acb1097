import { Text } from "@react-email/components";
import { BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { InviterNote } from "./components/inviter-note";
import { OneTimeLink } from "./components/one-time-link";

export type StaffInvitationEmailProps = {
  brand: EmailBrand;
  name: string;
  inviterName: string;
  roleLabel: string;
  message?: string | null;
  acceptUrl: string;
  expiresAt: string;
};

// Invites a colleague to the staff console; carries a link to choose a password, never a password.
export default function StaffInvitationEmail(props: StaffInvitationEmailProps) {
  const { brand, name, inviterName, roleLabel, message, acceptUrl } = props;
  return (
    <BrandedLayout brand={brand} preview={`${inviterName} invited you to the ${brand.portalName} team`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        {inviterName} invited you to join the team behind {brand.portalName} as {roleLabel}.
      </Text>
      <InviterNote brand={brand} message={message} />
      <Text style={paragraph}>Choose your own password to get started:</Text>
      <OneTimeLink brand={brand} href={acceptUrl} expiresAt={props.expiresAt}>
        Join the team
      </OneTimeLink>
    </BrandedLayout>
  );
}

StaffInvitationEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Sam Patel",
  inviterName: "Olivia Hart",
  roleLabel: "a member",
  message: "Welcome aboard: you'll look after Harbour Logistics.",
  acceptUrl: "http://localhost:3000/team-invitation/preview-token",
  expiresAt: "2026-12-01T12:00:00.000Z",
} satisfies StaffInvitationEmailProps;
