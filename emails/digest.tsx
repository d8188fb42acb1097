import { Link, Section, Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { digestSubject } from "./catalog";

export type DigestEmailProps = {
  brand: EmailBrand;
  name: string;
  items: { text: string; url: string; at: string }[];
  /** How many more there were than the email lists. */
  moreCount: number;
  inboxUrl: string;
  settingsUrl: string;
};

// Once a day, to whoever chose a digest for some kinds of notification: each one a line and a link.
export default function DigestEmail(props: DigestEmailProps) {
  return (
    <BrandedLayout
      brand={props.brand}
      preview={digestSubject(props)}
      footer={
        <Text style={{ color: "#52525b", fontSize: 12, margin: "8px 0 0" }}>
          You chose a daily digest. <Link href={props.settingsUrl}>Change your notification settings</Link>.
        </Text>
      }
    >
      <Text style={paragraph}>Hello {props.name}, here is what happened since your last digest.</Text>
      <Section>
        {props.items.map((item, index) => (
          <Text key={index} style={{ ...paragraph, margin: "0 0 8px" }}>
            <Link href={item.url}>{item.text}</Link> <span style={{ color: "#71717a", fontSize: 13 }}>· {item.at}</span>
          </Text>
        ))}
      </Section>
      {props.moreCount > 0 ? <Text style={paragraph}>And {props.moreCount} more.</Text> : null}
      <BrandButton brand={props.brand} href={props.inboxUrl}>
        Open your notifications
      </BrandButton>
    </BrandedLayout>
  );
}

DigestEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  items: [
    {
      text: "Sam Carter replied on the ticket “Invoice address is wrong”",
      url: "http://localhost:3000/tickets/preview",
      at: "1 Dec, 14:05",
    },
    { text: "Sam Carter changed the status of the task “Homepage copy”", url: "http://localhost:3000/tasks/preview", at: "1 Dec, 16:40" },
  ],
  moreCount: 0,
  inboxUrl: "http://localhost:3000/notifications",
  settingsUrl: "http://localhost:3000/notifications#settings",
} satisfies DigestEmailProps;
