// One vocabulary for an email's state, wherever the console shows one: the list, the email's own
// page and the delivery summary above them.

export const emailStateLabels = {
  queued: "Waiting",
  sending: "Sending",
  sent: "Sent",
  // Without RESEND_API_KEY nothing leaves the server: the email is kept, readable in the console.
  captured: "Kept, not sent",
  failed: "Failed",
} as const;
export type EmailState = keyof typeof emailStateLabels;

export type EmailCounts = Record<EmailState, number>;

/** "3 sent · 10 kept, not sent · 1 waiting · 0 failed": only the states there are, failed always. */
export function describeEmailCounts(counts: EmailCounts) {
  const format = (n: number) => n.toLocaleString("en-GB");
  const waiting = counts.queued + counts.sending;
  const parts = [
    counts.sent ? `${format(counts.sent)} sent` : null,
    counts.captured ? `${format(counts.captured)} kept, not sent` : null,
    waiting ? `${format(waiting)} waiting` : null,
    `${format(counts.failed)} failed`,
  ];
  return parts.filter(Boolean).join(" · ");
}
