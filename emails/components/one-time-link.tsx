import { Link, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { formatExpiry } from "../format";
import { BrandButton, paragraph, type EmailBrand } from "./branded-layout";

const small = { ...paragraph, fontSize: 13 } as const;

/** A single-use link as every email shows it: the button, the link to paste, and until when it works. */
export function OneTimeLink({
  brand,
  href,
  expiresAt,
  children,
  afterword,
}: {
  brand: EmailBrand;
  href: string;
  expiresAt: string;
  children: ReactNode;
  afterword?: string;
}) {
  return (
    <>
      <BrandButton brand={brand} href={href}>
        {children}
      </BrandButton>
      <Text style={small}>
        Or paste this link into your browser: <Link href={href}>{href}</Link>
      </Text>
      <Text style={small}>
        This link works once, until {formatExpiry(expiresAt)}.{afterword ? ` ${afterword}` : ""}
      </Text>
    </>
  );
}
