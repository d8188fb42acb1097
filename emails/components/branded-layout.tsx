import { Body, Button, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { EmailBrand } from "../catalog";
// The brand is described in the catalog (no React), so the data layer can build one; templates import it from here.
export { defaultBrand, type EmailBrand } from "../catalog";

/** What every email needs of the branding; colours already made readable (lib/branding/theme.ts). */

// Every email goes through this layout, so the business's logo, name and colours appear the same way in all of them.
export function BrandedLayout({
  brand,
  preview,
  children,
  footer,
}: {
  brand: EmailBrand;
  preview: string;
  children: ReactNode;
  /** What a notification adds under the sign-off: its unsubscribe link. */
  footer?: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560, overflow: "hidden" }}>
          {brand.logoUrl ? (
            <Section style={{ padding: "20px 32px 0" }}>
              <Img src={brand.logoUrl} alt={brand.portalName} height={48} style={{ height: 48, width: "auto" }} />
            </Section>
          ) : null}
          <Section style={{ backgroundColor: brand.primaryColor, margin: brand.logoUrl ? "16px 0 0" : 0, padding: "20px 32px" }}>
            <Text style={{ color: brand.onPrimaryColor, fontSize: 20, fontWeight: 700, margin: 0 }}>{brand.portalName}</Text>
          </Section>
          <Section style={{ padding: "8px 32px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: 0 }} />
          <Section style={{ padding: "16px 32px" }}>
            <Text style={{ color: "#52525b", fontSize: 12, margin: 0 }}>
              Sent by {brand.portalName}. If you were not expecting this email, you can ignore it.
            </Text>
            {footer}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The one call to action of an email, in the brand's colour with readable text. */
export function BrandButton({ brand, href, children }: { brand: EmailBrand; href: string; children: ReactNode }) {
  return (
    <Button
      href={href}
      style={{ backgroundColor: brand.primaryColor, borderRadius: 6, color: brand.onPrimaryColor, fontWeight: 600, padding: "12px 20px" }}
    >
      {children}
    </Button>
  );
}

export const paragraph = { color: "#18181b", fontSize: 15, lineHeight: "24px" } as const;
