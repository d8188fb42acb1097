import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { NextPageLink } from "@/components/ui/next-page-link";
import { SearchForm } from "@/components/ui/search-form";
import { parseListParams } from "@/components/ui/search-params";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { randomUUID } from "node:crypto";
import { countAccounts, getTestAccount, listAccounts } from "@/db/access/people/accounts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { GrantForm } from "./grant-form";
import { ListNotice } from "@/components/ui/list-notice";

export const metadata: Metadata = { title: "Accounts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const { q, after, status, lastLogin, tag, sort, notice } = await parseListParams(searchParams);
  const filter = { query: q, status, lastLogin, tag };
  const [{ accounts, nextCursor }, matching, testAccount] = await Promise.all([
    listAccounts(viewer, { ...filter, sort, cursor: after }),
    countAccounts(viewer, filter),
    getTestAccount(viewer),
  ]);
  const matchingLabel = `${matching.count.toLocaleString("en-GB")}${matching.isAtLeast ? "+" : ""}`;
  return (
    <>
      <ListNotice notice={notice} />
      <h1 className="mb-4 text-title">Accounts</h1>
      <SearchForm action="/console/accounts" label="Search accounts by name or number" query={q}>
        <label className="sr-only" htmlFor="status">
          Status
        </label>
        <select id="status" name="status" defaultValue={status ?? ""} className="rounded-md border border-zinc-300 bg-white px-3 py-2">
          <option value="">Any status</option>
          <option value="active">Active (someone can sign in)</option>
          <option value="offline">Offline (nobody can sign in)</option>
        </select>
        <label className="sr-only" htmlFor="lastLogin">
          Last sign-in
        </label>
        <select
          id="lastLogin"
          name="lastLogin"
          defaultValue={lastLogin ?? ""}
          className="rounded-md border border-zinc-300 bg-white px-3 py-2"
        >
          <option value="">Any last sign-in</option>
          <option value="30d">Signed in within 30 days</option>
          <option value="over30d">Not signed in for 30 days</option>
          <option value="never">Never signed in</option>
        </select>
        <label className="sr-only" htmlFor="tag">
          Tag
        </label>
        <input
          id="tag"
          name="tag"
          defaultValue={tag ?? ""}
          placeholder="Tag"
          className="w-32 rounded-md border border-zinc-300 px-3 py-2"
        />
        <label className="sr-only" htmlFor="sort">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={sort} className="rounded-md border border-zinc-300 bg-white px-3 py-2">
          <option value="name">Sort by name</option>
          <option value="last_login">Most recent sign-in first</option>
        </select>
      </SearchForm>
      {testAccount ? (
        <p className="mt-4 rounded-md bg-white px-4 py-2 text-sm ring-1 ring-zinc-200">
          Not a customer, so not listed:{" "}
          <Link href={`/console/accounts/${testAccount.id}`} className="font-medium underline">
            {testAccount.name}
          </Link>
          , the staff&rsquo;s own test account for trying the portal (Settings › Test client).
        </p>
      ) : null}
      <p className="mt-4 text-sm text-zinc-600">
        {matchingLabel} {matching.count === 1 && !matching.isAtLeast ? "account matches" : "accounts match"}.
      </p>
      <GrantForm
        matchingLabel={matchingLabel}
        filters={{ q, status: status ?? "", lastLogin: lastLogin ?? "", tag: tag ?? "" }}
        requestKey={randomUUID()}
      >
        <DataTable
          className="mt-2"
          columns={[{ label: "Select", isHidden: true }, "Account", "Number", "People", "Status", "Last sign-in", "Tags"]}
          isEmpty={accounts.length === 0}
          empty="No accounts match these filters."
        >
          {accounts.map((account) => (
            <tr key={account.id} className="border-t border-zinc-100">
              <td className="px-4 py-2">
                <input type="checkbox" name="accountId" value={account.id} aria-label={`Select ${account.name}`} className="size-4" />
              </td>
              <td className="px-4 py-2">
                <Link href={`/console/accounts/${account.id}`} className="font-medium text-brand-ink underline">
                  {account.name}
                </Link>
              </td>
              <td className="px-4 py-2">{account.number}</td>
              <td className="px-4 py-2">{account.contactCount}</td>
              <td className="px-4 py-2">
                <StatusBadge status={account.isActive ? "active" : "offline"} />
              </td>
              <td className="px-4 py-2">
                <DateTime value={account.lastLoginAt} />
              </td>
              <td className="px-4 py-2">{account.tags.join(", ")}</td>
            </tr>
          ))}
        </DataTable>
      </GrantForm>
      <NextPageLink basePath="/console/accounts" filters={{ q, status, lastLogin, tag, sort }} cursor={nextCursor} />
    </>
  );
}
