import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { NextPageLink } from "@/components/ui/next-page-link";
import { parseListParams } from "@/components/ui/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { emailStateLabels } from "@/lib/email-states";
import { DeliveryProgress } from "@/components/ui/delivery-progress";
import { countEmailsByStatus, listEmails } from "@/db/access/outbox/outbox";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { ListNotice } from "@/components/ui/list-notice";

export const metadata: Metadata = { title: "Emails" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmailsPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const { after, notice } = await parseListParams(searchParams);
  const [{ emails, nextCursor }, counts] = await Promise.all([listEmails(viewer, { cursor: after }), countEmailsByStatus(viewer)]);
  return (
    <>
      <ListNotice notice={notice} />
      <h1 className="text-title">Emails</h1>
      <p className="mt-1 mb-4 text-sm text-zinc-600">
        Every email the portal sends, newest first. “Captured” emails were kept here instead of being sent (no email provider configured).
      </p>
      <DeliveryProgress counts={counts} />
      <DataTable
        className="mt-4"
        columns={["Recipient", "Subject", "Template", "Status", "Queued"]}
        isEmpty={emails.length === 0}
        empty="No emails yet."
      >
        {emails.map((email) => (
          <tr key={email.id} className="border-t border-zinc-100">
            <td className="px-4 py-2">
              <Link href={`/console/emails/${email.id}`} className="font-medium text-brand-ink underline">
                {email.toAddress}
              </Link>
            </td>
            <td className="px-4 py-2">{email.subject}</td>
            <td className="px-4 py-2">{email.template}</td>
            <td className="px-4 py-2">
              <StatusBadge status={email.status} label={emailStateLabels[email.status]} />
              {email.status === "queued" && email.attempts > 0 ? (
                <span className="ml-2 text-xs text-zinc-600">retrying ({email.attempts} tries)</span>
              ) : null}
            </td>
            <td className="px-4 py-2">
              <DateTime value={email.createdAt} />
            </td>
          </tr>
        ))}
      </DataTable>
      <NextPageLink basePath="/console/emails" cursor={nextCursor} />
    </>
  );
}
