import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccount } from "@/db/access/accounts";
import { requireStaffViewer } from "@/db/access/viewer";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer();
  const account = await getAccount(viewer, (await params).id);
  if (!account) notFound();
  return (
    <>
      <p className="text-sm text-zinc-600">
        <Link href="/console/accounts" className="underline">Accounts</Link> / {account.number}
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{account.name}</h1>
      <p className="text-sm text-zinc-600">Billing postcode: {account.billingPostcode ?? "not set"}</p>
      <h2 className="mt-6 mb-2 text-lg font-semibold">People ({account.contactTotal})</h2>
      <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200">
        {account.contacts.map((contact) => (
          <li key={contact.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
            <Link href={`/console/contacts/${contact.id}`} className="font-medium text-brand underline">
              {contact.name}
            </Link>
            <span className="text-sm text-zinc-600">
              {contact.email} · {contact.hasPassword ? "has signed up" : "no password yet"}
            </span>
          </li>
        ))}
      </ul>
      {account.contactTotal > account.contacts.length ? (
        <p className="mt-2 text-sm text-zinc-600">Showing the first {account.contacts.length}; search Contacts to find others.</p>
      ) : null}
    </>
  );
}
