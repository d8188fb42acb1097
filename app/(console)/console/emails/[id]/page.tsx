import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { emailStateLabels } from "@/lib/email-states";
import { getEmail } from "@/db/access/outbox/outbox";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { renderEmail } from "@/emails/templates";

export const metadata: Metadata = { title: "Email" };

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const email = await getEmail(viewer, (await params).id);
  if (!email) notFound();
  const rendered = await renderEmail(email.template, email.props);
  return (
    <>
      <p className="text-sm text-zinc-600">
        <Link href="/console/emails" className="underline">
          Emails
        </Link>
      </p>
      <h1 className="mt-1 text-title">{email.subject}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600">To</dt>
        <dd>{email.toAddress}</dd>
        <dt className="text-zinc-600">Status</dt>
        <dd>
          <StatusBadge status={email.status} label={emailStateLabels[email.status]} /> after {email.attempts} attempt(s)
        </dd>
        <dt className="text-zinc-600">Queued</dt>
        <dd>
          <DateTime value={email.createdAt} />
        </dd>
        <dt className="text-zinc-600">Delivered</dt>
        <dd>
          <DateTime value={email.deliveredAt} />
        </dd>
        {email.lastError ? (
          <>
            <dt className="text-zinc-600">Last error</dt>
            <dd className="text-red-700">{email.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mt-6 mb-2 text-section">Preview</h2>
      {/* Sandboxed: the email's HTML runs no script and cannot touch the console. */}
      <iframe
        title="Email preview"
        sandbox=""
        srcDoc={rendered.html}
        className="h-[36rem] w-full rounded-lg bg-white ring-1 ring-zinc-200"
      />
      <h2 className="mt-6 mb-2 text-section">Plain-text version</h2>
      <pre
        data-testid="email-text"
        role="region"
        aria-label="Email text"
        tabIndex={0}
        className="overflow-x-auto rounded-lg bg-white p-4 text-sm whitespace-pre-wrap ring-1 ring-zinc-200"
      >
        {rendered.text}
      </pre>
    </>
  );
}
