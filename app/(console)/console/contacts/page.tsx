import type { Metadata } from "next";
import Link from "next/link";
import { NextPageLink } from "@/components/ui/next-page-link";
import { SearchForm } from "@/components/ui/search-form";
import { parseListParams } from "@/components/ui/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { listContacts } from "@/db/access/contacts";
import { requireStaffViewer } from "@/db/access/viewer";

export const metadata: Metadata = { title: "Contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer();
  const { q, after } = await parseListParams(searchParams);
  const { contacts, nextCursor } = await listContacts(viewer, { query: q, cursor: after });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Contacts</h1>
        <a href="/console/contacts/export" className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-50" download>
          Export all as CSV
        </a>
      </div>
      <SearchForm action="/console/contacts" label="Search contacts by name or email" query={q} />
      <div className="mt-4 overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-zinc-600">
            <tr>
              <th scope="col" className="px-4 py-2">Email</th>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="px-4 py-2">Accounts</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id} className="border-t border-zinc-100">
                <td className="px-4 py-2">
                  <Link href={`/console/contacts/${contact.id}`} className="font-medium text-brand underline">
                    {contact.email}
                  </Link>
                </td>
                <td className="px-4 py-2">{contact.name}</td>
                <td className="px-4 py-2">{contact.accountNames}</td>
                <td className="px-4 py-2">
                  <StatusBadge status={contact.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {contacts.length === 0 ? <p className="px-4 py-6 text-zinc-600">No contacts match “{q}”.</p> : null}
      </div>
      <NextPageLink basePath="/console/contacts" filters={{ q }} cursor={nextCursor} />
    </>
  );
}
