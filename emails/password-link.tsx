import { Text } from "@react-email/components";
import { BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { OneTimeLink } from "./components/one-time-link";

export type PasswordLinkEmailProps = {
  brand: EmailBrand;
  name: string;
  /** "reset": they asked to reset it; "first": they tried to sign in before ever setting one. */
  reason: "reset" | "first";
  link: string;
  expiresAt: string;
};

// A link to choose a password; never a password itself.
export default function PasswordLinkEmail({ brand, name, reason, link, expiresAt }: PasswordLinkEmailProps) {
  const intro =
    reason === "first"
      ? `You tried to sign in to ${brand.portalName}, but you have not chosen a password yet.`
      : `Someone (we hope you) asked to reset your password for ${brand.portalName}.`;
  return (
    <BrandedLayout brand={brand} preview={reason === "first" ? "Choose your password" : "Reset your password"}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>{intro}</Text>
      <OneTimeLink
        brand={brand}
        href={link}
        expiresAt={expiresAt}
        afterword="If you did not ask for it, ignore this email: your password stays as it is."
      >
        {reason === "first" ? "Choose your password" : "Reset your password"}
      </OneTimeLink>
    </BrandedLayout>
  );
}

PasswordLinkEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  reason: "reset",
  link: "http://localhost:3000/reset-password/preview-token",
  expiresAt: "2026-12-01T12:00:00.000Z",
} satisfies PasswordLinkEmailProps;
