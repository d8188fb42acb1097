import { Text } from "@react-email/components";
import { BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { formatExpiry } from "./format";

export type SignInCodeEmailProps = { brand: EmailBrand; name: string; code: string; expiresAt: string };

// The six-digit code someone asked for on the sign-in page; never a password.
export default function SignInCodeEmail({ brand, name, code, expiresAt }: SignInCodeEmailProps) {
  return (
    <BrandedLayout brand={brand} preview={`Your sign-in code for ${brand.portalName}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>Your code to sign in to {brand.portalName}:</Text>
      <Text style={{ ...paragraph, fontSize: 28, fontWeight: 700, letterSpacing: 6 }}>{code}</Text>
      <Text style={{ ...paragraph, fontSize: 13 }}>
        It works once, until {formatExpiry(expiresAt)}. If you did not ask for it, you can ignore this email.
      </Text>
    </BrandedLayout>
  );
}

SignInCodeEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  code: "042917",
  expiresAt: "2026-12-01T12:10:00.000Z",
} satisfies SignInCodeEmailProps;
