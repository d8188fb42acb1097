import { Link, Text } from "@react-email/components";

/** A notification's own way out: one kind of email, turned off without signing in. */
export function UnsubscribeFooter({ url, kindLabel }: { url: string; kindLabel: string }) {
  return (
    <Text style={{ color: "#52525b", fontSize: 12, margin: "8px 0 0" }}>
      You get these emails about {kindLabel}. <Link href={url}>Stop emails about {kindLabel}</Link>, or choose a daily digest in your
      notification settings.
    </Text>
  );
}
