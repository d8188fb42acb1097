import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { getContact } from "@/db/access/contacts";
import { requireStaffViewer } from "@/db/access/viewer";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer();
  const contact = await getContact(viewer, (await params).id);
  if (!contact) notFound();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section>
        <p className="text-sm text-zinc-600">
          <Link href="/console/contacts" className="underline">Contacts</Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{contact.name}</h1>
        <p className="text-zinc-700">{contact.email}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-zinc-600">Status</dt>
          <dd><StatusBadge status={contact.status} /></dd>
          <dt className="text-zinc-600">Last sign-in</dt>
          <dd><DateTime value={contact.lastLoginAt} /></dd>
          <dt className="text-zinc-600">Accounts</dt>
          <dd>
            {contact.accounts.map((account, index) => (
              <span key={account.id}>
                {index > 0 ? ", " : ""}
                <Link href={`/console/accounts/${account.id}`} className="text-brand underline">{account.name}</Link>
              </span>
            ))}
          </dd>
        </dl>
        <h2 className="mt-6 mb-2 text-lg font-semibold">Invitations</h2>
        {contact.invitations.length === 0 ? <p className="text-sm text-zinc-600">None sent yet.</p> : null}
        <ul className="space-y-1 text-sm">
          {contact.invitations.map((invitation) => (
            <li key={invitation.id}>
              <DateTime value={invitation.sentAt} /> to {invitation.accountName} by {invitation.invitedBy ?? "a former staff member"} —{" "}
              {invitation.state === "cancelled" ? "replaced or cancelled" : invitation.state}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="invite-heading" className="rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="invite-heading" className="mb-3 text-lg font-semibold">Invite to the portal</h2>
        {contact.accounts.length === 0 ? (
          <p className="text-sm text-zinc-600">Add this contact to an account before inviting them.</p>
        ) : (
          <InviteForm
            contactId={contact.id}
            accounts={contact.accounts}
            requestKey={randomUUID()}
            hasPendingInvitation={contact.status === "invited"}
          />
        )}
      </section>
    </div>
  );
}
