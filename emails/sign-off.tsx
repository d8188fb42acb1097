import { Link, Text } from "@react-email/components";
import { formatExpiry } from "./format";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { signOffEmailLines, type SignOffMoment } from "./catalog";

export type SignOffEmailProps = {
  brand: EmailBrand;
  name: string;
  moment: SignOffMoment;
  subject: string;
  senderName: string;
  accountName: string;
  isApprover: boolean;
  dueOn?: string | null;
  /** The recipient's own link (none once cancelled); it opens the sign-off without a password. */
  url?: string | null;
  expiresAt?: string | null;
  /** A comment staff wrote, quoted. */
  excerpt?: string | null;
  canReply?: boolean;
};

const asks: Record<SignOffMoment, (p: SignOffEmailProps) => string> = {
  requested: (p) =>
    p.isApprover
      ? `${p.senderName} asks you to review and sign off “${p.subject}” for ${p.accountName}.`
      : `${p.senderName} shared “${p.subject}” with you for information: you can look and comment.`,
  reminder: (p) => `Your answer on “${p.subject}” is still awaited.`,
  new_round: (p) => `${p.senderName} sent a new version of “${p.subject}” after the last round of comments.`,
  cancelled: (p) => `${p.senderName} cancelled the sign-off “${p.subject}”. Nothing more is needed from you; its link no longer works.`,
  complete: (p) => `Everyone asked has approved “${p.subject}”. The certificate of approval lists the files and who approved them.`,
  fresh_link: (p) => `Here is a new link to “${p.subject}”, as you asked.`,
  comment: (p) => `${p.senderName} wrote on “${p.subject}”:`,
};

// Every email about a sign-off: what is asked, and the recipient's own link. Nothing else: no
// files, no attachments (they are behind the link).
export default function SignOffEmail(props: SignOffEmailProps) {
  const action = props.moment === "complete" ? "See the certificate" : props.isApprover ? "Review and answer" : "Open the sign-off";
  return (
    <BrandedLayout brand={props.brand} preview={signOffEmailLines[props.moment](props)}>
      <Text style={paragraph}>Hello {props.name},</Text>
      <Text style={paragraph}>{asks[props.moment](props)}</Text>
      {props.excerpt ? <Text style={quote}>{props.excerpt}</Text> : null}
      {props.dueOn && props.moment !== "cancelled" && props.moment !== "complete" ? (
        <Text style={paragraph}>Please answer by {props.dueOn}.</Text>
      ) : null}
      {props.url ? (
        <>
          <BrandButton brand={props.brand} href={props.url}>
            {action}
          </BrandButton>
          <Text style={small}>
            Or paste this link into your browser: <Link href={props.url}>{props.url}</Link>
          </Text>
          <Text style={small}>
            The link opens this sign-off only, no password needed
            {props.expiresAt ? `, until ${formatExpiry(props.expiresAt)}` : ""}. Do not forward it: anyone with it can answer as you.
          </Text>
        </>
      ) : null}
      {props.canReply ? <Text style={small}>You can also answer this email: your reply is added as a comment.</Text> : null}
    </BrandedLayout>
  );
}

const small = { ...paragraph, fontSize: 13, color: "#52525b" } as const;
const quote = { ...paragraph, borderLeft: "3px solid #d4d4d8", color: "#3f3f46", paddingLeft: 12, whiteSpace: "pre-line" } as const;

SignOffEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  moment: "requested",
  subject: "Homepage design, final",
  senderName: "Olivia Hart",
  accountName: "Harbour Logistics",
  isApprover: true,
  dueOn: "12 December 2026",
  url: "http://localhost:3000/sign-off-link/preview-token",
  expiresAt: "2026-12-09T10:00:00.000Z",
  canReply: true,
} satisfies SignOffEmailProps;
