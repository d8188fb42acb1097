import { Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";

export type UsernameReminderEmailProps = { brand: EmailBrand; name: string; username: string; accountNames: string[]; signInUrl: string };

// Sent only to the address itself, so it can name the username without revealing anything to anyone else.
export default function UsernameReminderEmail({ brand, name, username, accountNames, signInUrl }: UsernameReminderEmailProps) {
  return (
    <BrandedLayout brand={brand} preview={`Your username for ${brand.portalName}`}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Your username for {brand.portalName} is <strong>{username}</strong>
        {accountNames.length > 0 ? `, for ${accountNames.join(", ")}` : ""}.
      </Text>
      <BrandButton brand={brand} href={signInUrl}>
        Sign in
      </BrandButton>
      <Text style={{ ...paragraph, fontSize: 13 }}>Forgot your password too? Use “Forgot password” on the sign-in page.</Text>
    </BrandedLayout>
  );
}

UsernameReminderEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Priya Nair",
  username: "priya@nairaccounting.example",
  accountNames: ["Harbour Logistics", "Juniper Dental"],
  signInUrl: "http://localhost:3000/sign-in",
} satisfies UsernameReminderEmailProps;
