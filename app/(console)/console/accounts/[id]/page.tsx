import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { getAccount } from "@/db/access/people/accounts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { TextField } from "@/components/ui/field";
import { PermissionsSection } from "./permissions-section";
import { AccountProjects } from "./account-projects";
import { RecordSignOffs } from "@/components/sign-offs/record-sign-offs";
import { setAccountSignInAction, setAccountTagsAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

const accessModes = [
  { value: "inherit", label: "Follow the business setting", hint: "“Allow customers to sign in” in Settings decides." },
  { value: "disabled", label: "Disabled", hint: "Nobody at this account may sign in, unless switched on below." },
  { value: "all", label: "Enabled for all people at this account", hint: "Everybody here, unless switched off below." },
  { value: "selected", label: "Enabled for selected people", hint: "Only the people switched on below." },
] as const;

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const account = await getAccount(viewer, (await params).id);
  if (!account) notFound();
  return (
    <>
      <p className="text-sm text-zinc-600">
        <Link href="/console/accounts" className="underline">
          Accounts
        </Link>{" "}
        / {account.number}
      </p>
      <h1 className="mt-1 flex items-center gap-3 text-title">
        {account.name} <StatusBadge status={account.isActive ? "active" : "offline"} />
      </h1>
      <p className="text-sm text-zinc-600">Billing postcode: {account.billingPostcode ?? "not set"}</p>
      <ActionForm action={setAccountTagsAction} title="Tags" className="mt-3 flex max-w-2xl flex-wrap items-end gap-2" warnUnsaved>
        <input type="hidden" name="accountId" value={account.id} />
        <div className="grow">
          <TextField label="Tags (comma-separated)" name="tags" defaultValue={account.tags.join(", ")} />
        </div>
        <Button type="submit" variant="secondary">
          Save tags
        </Button>
      </ActionForm>

      <section aria-labelledby="sign-in-heading" className="mt-6 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="sign-in-heading" className="text-section">
          Sign-in
        </h2>
        <ActionForm action={setAccountSignInAction} title="Sign-in" className="mt-2 space-y-5" warnUnsaved>
          <input type="hidden" name="accountId" value={account.id} />
          <fieldset className="max-w-2xl">
            <legend className="font-medium">Portal access</legend>
            <div className="mt-2 space-y-2">
              {accessModes.map((mode) => (
                <label key={mode.value} className="flex items-start gap-3">
                  <input
                    type="radio"
                    name="portalAccess"
                    value={mode.value}
                    defaultChecked={account.portalAccess === mode.value}
                    className="mt-1 size-5"
                  />
                  <span>
                    <span className="font-medium">{mode.label}</span>
                    <span className="block text-sm text-zinc-600">{mode.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="flex max-w-2xl items-start gap-3">
            <input type="checkbox" name="requireTwoFactor" defaultChecked={account.requireTwoFactor} className="mt-1 size-6" />
            <span>
              <span className="font-medium">Require two-factor sign-in for this account&rsquo;s people</span>
              <span className="block text-sm text-zinc-600">
                Each signs in with a password and a code from an app; those without it set it up right after their password.
              </span>
            </span>
          </label>
          <div>
            <h3 className="font-medium">People ({account.contactTotal})</h3>
            <p className="mb-2 text-sm text-zinc-600">A person’s own setting here overrides the account’s portal access.</p>
            <DataTable
              isStacked
              columns={["Person", "Can sign in", "Two-factor", "Login at this account"]}
              isEmpty={account.contacts.length === 0}
              empty="Nobody at this account yet."
            >
              {account.contacts.map((contact) => (
                <tr key={contact.id} className="border-t border-zinc-100 align-top">
                  <td className="px-4 py-2">
                    <Link href={`/console/contacts/${contact.id}`} className="font-medium text-brand-ink underline">
                      {contact.name}
                    </Link>
                    <span className="block text-zinc-600">
                      {contact.email}
                      {contact.hasPassword ? "" : " · no password yet"}
                    </span>
                  </td>
                  <td data-label="Can sign in" className="px-4 py-2">
                    {contact.maySignIn ? "Yes" : "No"}
                    {contact.ownState === "off" ? " (switched off on their contact page)" : ""}
                  </td>
                  <td data-label="Two-factor" className="px-4 py-2">
                    {contact.hasTwoFactor ? "On" : "Off"}
                  </td>
                  <td data-label="Login at this account" className="px-4 py-2">
                    <label className="sr-only" htmlFor={`toggle-${contact.id}`}>
                      Login for {contact.name} at this account
                    </label>
                    <select
                      id={`toggle-${contact.id}`}
                      name={`login.${contact.id}`}
                      defaultValue={contact.toggle}
                      className="min-h-10 rounded-md border border-zinc-300 bg-white px-2 py-1"
                    >
                      <option value="inherit">As the account</option>
                      <option value="on">On</option>
                      <option value="off">Off</option>
                    </select>
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
          <Button type="submit">Save sign-in</Button>
        </ActionForm>
      </section>
      {account.contactTotal > account.contacts.length ? (
        <p className="mt-2 text-sm text-zinc-600">Showing the first {account.contacts.length}; search Contacts to find others.</p>
      ) : null}
      <AccountProjects viewer={viewer} accountId={account.id} />
      <div className="mt-8">
        <RecordSignOffs viewer={viewer} source={{ account: account.id }} />
      </div>
      <PermissionsSection viewer={viewer} accountId={account.id} people={account.contacts} />
    </>
  );
}
