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
import { setAccountContactLoginAction, setAccountTagsAction, setAccountTwoFactorAction, setPortalAccessAction } from "./actions";

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
      <h1 className="mt-1 flex items-center gap-3 text-2xl font-semibold">
        {account.name} <StatusBadge status={account.isActive ? "active" : "offline"} />
      </h1>
      <p className="text-sm text-zinc-600">Billing postcode: {account.billingPostcode ?? "not set"}</p>
      <ActionForm action={setAccountTagsAction} title="Tags" className="mt-3 flex max-w-2xl flex-wrap items-end gap-2">
        <input type="hidden" name="accountId" value={account.id} />
        <div className="grow">
          <TextField label="Tags (comma-separated)" name="tags" defaultValue={account.tags.join(", ")} />
        </div>
        <Button type="submit" variant="secondary">
          Save tags
        </Button>
      </ActionForm>

      <section aria-labelledby="access-heading" className="mt-6 max-w-2xl rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <ActionForm action={setPortalAccessAction} title="Portal access" className="space-y-3">
          <fieldset>
            <legend id="access-heading" className="text-lg font-semibold">
              Portal access
            </legend>
            <input type="hidden" name="accountId" value={account.id} />
            <div className="mt-2 space-y-2">
              {accessModes.map((mode) => (
                <label key={mode.value} className="flex items-start gap-3">
                  <input
                    type="radio"
                    name="portalAccess"
                    value={mode.value}
                    defaultChecked={account.portalAccess === mode.value}
                    className="mt-1 size-4"
                  />
                  <span>
                    <span className="font-medium">{mode.label}</span>
                    <span className="block text-sm text-zinc-600">{mode.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit">Save portal access</Button>
        </ActionForm>
        <ActionForm action={setAccountTwoFactorAction} title="Two-factor sign-in" className="mt-4 space-y-3 border-t border-zinc-100 pt-4">
          <input type="hidden" name="accountId" value={account.id} />
          <label className="flex items-start gap-3">
            <input type="checkbox" name="requireTwoFactor" defaultChecked={account.requireTwoFactor} className="mt-1 size-6" />
            <span>
              <span className="font-medium">Require two-factor sign-in for this account&rsquo;s people</span>
              <span className="block text-sm text-zinc-600">
                Each signs in with a password and a code from an app; those without it set it up right after their password.
              </span>
            </span>
          </label>
          <Button type="submit" variant="secondary">
            Save two-factor setting
          </Button>
        </ActionForm>
      </section>

      <h2 className="mt-8 mb-2 text-lg font-semibold">People ({account.contactTotal})</h2>
      <p className="mb-2 text-sm text-zinc-600">A person’s own setting here overrides the account’s portal access.</p>
      <DataTable
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
            <td className="px-4 py-2">
              {contact.maySignIn ? "Yes" : "No"}
              {contact.ownState === "off" ? " (switched off on their contact page)" : ""}
            </td>
            <td className="px-4 py-2">{contact.hasTwoFactor ? "On" : "Off"}</td>
            <td className="px-4 py-2">
              <ActionForm
                action={setAccountContactLoginAction}
                title={`Login for ${contact.name}`}
                className="flex flex-wrap items-center gap-2"
              >
                <input type="hidden" name="accountId" value={account.id} />
                <input type="hidden" name="contactId" value={contact.id} />
                <label className="sr-only" htmlFor={`toggle-${contact.id}`}>
                  Login for {contact.name} at this account
                </label>
                <select
                  id={`toggle-${contact.id}`}
                  name="loginState"
                  defaultValue={contact.toggle}
                  className="rounded-md border border-zinc-300 bg-white px-2 py-1"
                >
                  <option value="inherit">As the account</option>
                  <option value="on">On</option>
                  <option value="off">Off</option>
                </select>
                <Button type="submit" variant="secondary">
                  Save
                </Button>
              </ActionForm>
            </td>
          </tr>
        ))}
      </DataTable>
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
