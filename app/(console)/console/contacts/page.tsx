import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { NextPageLink } from "@/components/ui/next-page-link";
import { SearchForm } from "@/components/ui/search-form";
import { parseListParams } from "@/components/ui/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { listContacts } from "@/db/access/people/contacts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { ListNotice } from "@/components/ui/list-notice";

export const metadata: Metadata = { title: "Contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const { q, after, notice } = await parseListParams(searchParams);
  const { contacts, nextCursor } = await listContacts(viewer, { query: q, cursor: after });
  return (
    <>
      <ListNotice notice={notice} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-title">Contacts</h1>
        <a
          href="/console/contacts/export"
          className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-50"
          download
        >
          Export all as CSV
        </a>
      </div>
      <SearchForm action="/console/contacts" label="Search contacts by name or email" query={q} />
      <DataTable
        className="mt-4"
        columns={["Email", "Name", "Accounts", "Status"]}
        isEmpty={contacts.length === 0}
        empty={`No contacts match “${q}”.`}
      >
        {contacts.map((contact) => (
          <tr key={contact.id} className="border-t border-zinc-100">
            <td className="px-4 py-2">
              <Link href={`/console/contacts/${contact.id}`} className="font-medium text-brand-ink underline">
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
      </DataTable>
      <NextPageLink basePath="/console/contacts" filters={{ q }} cursor={nextCursor} />
    </>
  );
}
