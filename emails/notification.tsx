import { Link, Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { UnsubscribeFooter } from "./components/unsubscribe-footer";

export type NotificationEmailProps = {
  brand: EmailBrand;
  name: string;
  headline: string;
  excerpt?: string | null;
  actionLabel: string;
  url: string;
  /** Set on a message's notification: answering this email posts the answer into the thread. */
  canReply?: boolean;
  unsubscribeUrl: string;
  kindLabel: string;
};

// Every notification (a task added, a message written, a ticket answered…): what happened, what
// was written, and a link. Signing in is still needed to see the record.
export default function NotificationEmail(props: NotificationEmailProps) {
  return (
    <BrandedLayout
      brand={props.brand}
      preview={props.headline}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} kindLabel={props.kindLabel} />}
    >
      <Text style={paragraph}>Hello {props.name},</Text>
      <Text style={paragraph}>{props.headline}.</Text>
      {props.excerpt ? <Text style={quote}>{props.excerpt}</Text> : null}
      <BrandButton brand={props.brand} href={props.url}>
        {props.actionLabel}
      </BrandButton>
      {props.canReply ? (
        <Text style={{ ...paragraph, color: "#52525b", fontSize: 13 }}>
          You can also answer this email: your reply is added to the conversation. <Link href={props.url}>Open it</Link> to attach files.
        </Text>
      ) : null}
    </BrandedLayout>
  );
}

const quote = { ...paragraph, borderLeft: "3px solid #d4d4d8", color: "#3f3f46", paddingLeft: 12, whiteSpace: "pre-line" } as const;

NotificationEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  headline: "Sam Carter replied on the ticket “Invoice address is wrong”",
  excerpt: "Thanks, Dana: it is fixed on the next invoice.",
  actionLabel: "See the ticket",
  url: "http://localhost:3000/tickets/preview",
  canReply: true,
  unsubscribeUrl: "http://localhost:3000/unsubscribe/preview",
  kindLabel: "tickets",
} satisfies NotificationEmailProps;
