import { Text } from "@react-email/components";
import { paragraph, type EmailBrand } from "./branded-layout";

/** The inviter's own words, set apart in the brand's colour; nothing when they wrote none. */
export function InviterNote({ brand, message }: { brand: EmailBrand; message?: string | null }) {
  if (!message) return null;
  return (
    <Text style={{ ...paragraph, borderLeft: `3px solid ${brand.primaryColor}`, paddingLeft: 12, whiteSpace: "pre-line" }}>{message}</Text>
  );
}
