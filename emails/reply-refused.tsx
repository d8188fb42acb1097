import { Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { replyRefusedSubject } from "./catalog";

export type ReplyRefusedEmailProps = { brand: EmailBrand; reason: string; portalUrl: string };

// To whoever sent a reply that could not be posted: why, and the way that always works (the portal).
export default function ReplyRefusedEmail(props: ReplyRefusedEmailProps) {
  return (
    <BrandedLayout brand={props.brand} preview={replyRefusedSubject()}>
      <Text style={paragraph}>Your email reply was not added to the conversation.</Text>
      <Text style={paragraph}>{props.reason}</Text>
      <BrandButton brand={props.brand} href={props.portalUrl}>
        Write in the portal
      </BrandButton>
    </BrandedLayout>
  );
}

ReplyRefusedEmail.PreviewProps = {
  brand: defaultBrand,
  reason: "This reply address has been used already. Reply to the newest email about it, or write in the portal.",
  portalUrl: "http://localhost:3000/",
} satisfies ReplyRefusedEmailProps;
