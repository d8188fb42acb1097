import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type EmailBrand = { portalName: string; primaryColor: string };

export const defaultBrand: EmailBrand = { portalName: "Client Portal", primaryColor: "#1d4ed8" };

// Every email goes through this layout, so the business's name and colours appear the same way in all of them.
export function BrandedLayout({ brand, preview, children }: { brand: EmailBrand; preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560, overflow: "hidden" }}>
          <Section style={{ backgroundColor: brand.primaryColor, padding: "20px 32px" }}>
            <Text style={{ color: "#ffffff", fontSize: 20, fontWeight: 700, margin: 0 }}>{brand.portalName}</Text>
          </Section>
          <Section style={{ padding: "8px 32px 24px" }}>{children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: 0 }} />
          <Section style={{ padding: "16px 32px" }}>
            <Text style={{ color: "#52525b", fontSize: 12, margin: 0 }}>
              Sent by {brand.portalName}. If you were not expecting this email, you can ignore it.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { color: "#18181b", fontSize: 15, lineHeight: "24px" } as const;
