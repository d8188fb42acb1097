import type { Metadata } from "next";
import Link from "next/link";
import { NextPageLink } from "@/components/ui/next-page-link";
import { SearchForm } from "@/components/ui/search-form";
import { parseListParams } from "@/components/ui/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { randomUUID } from "node:crypto";
import { countAccounts, listAccounts } from "@/db/access/accounts";
import { requireStaffViewer } from "@/db/access/viewer";
import { GrantForm } from "./grant-form";

export const metadata: Metadata = { title: "Accounts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer();
  const { q, after, status } = await parseListParams(searchParams);
  const [{ accounts, nextCursor }, matching] = await Promise.all([
    listAccounts(viewer, { query: q, status, cursor: after }),
    countAccounts(viewer, { query: q, status }),
  ]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Accounts</h1>
      <SearchForm action="/console/accounts" label="Search accounts by name or number" query={q}>
        <label className="sr-only" htmlFor="status">Status</label>
        <select id="status" name="status" defaultValue={status ?? ""} className="rounded-md border border-zinc-300 bg-white px-3 py-2">
          <option value="">Any status</option>
          <option value="active">Active (someone can sign in)</option>
          <option value="offline">Offline (nobody can sign in)</option>
        </select>
      </SearchForm>
      <p className="mt-4 text-sm text-zinc-600">{matching.toLocaleString("en-GB")} accounts match.</p>
      <GrantForm matching={matching} q={q} status={status ?? ""} requestKey={randomUUID()}>
      <div className="mt-2 overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-zinc-600">
            <tr>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Select</span></th>
              <th scope="col" className="px-4 py-2">Account</th>
              <th scope="col" className="px-4 py-2">Number</th>
              <th scope="col" className="px-4 py-2">People</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} className="border-t border-zinc-100">
                <td className="px-4 py-2">
                  <input type="checkbox" name="accountId" value={account.id} aria-label={`Select ${account.name}`} className="size-4" />
                </td>
                <td className="px-4 py-2">
                  <Link href={`/console/accounts/${account.id}`} className="font-medium text-brand underline">
                    {account.name}
                  </Link>
                </td>
                <td className="px-4 py-2">{account.number}</td>
                <td className="px-4 py-2">{account.contactCount}</td>
                <td className="px-4 py-2"><StatusBadge status={account.isActive ? "active" : "offline"} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {accounts.length === 0 ? <p className="px-4 py-6 text-zinc-600">No accounts match these filters.</p> : null}
      </div>
      </GrantForm>
      <NextPageLink basePath="/console/accounts" filters={{ q, status }} cursor={nextCursor} />
    </>
  );
}
