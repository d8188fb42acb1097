import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { getContact } from "@/db/access/people/contacts";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { cancelInvitationAction, resetContactTwoFactorAction, sendPasswordResetLinkAction, setContactLoginAction } from "./actions";
import { getLayerRules } from "@/db/access/permissions/layer-rules";
import { ExplainPanel } from "@/components/console/explain-panel";
import { LayerRulesForm } from "@/components/console/layer-rules-form";
import { firstParam } from "@/components/ui/search-params";
import { InviteForm } from "./invite-form";
import { ViewAsForm } from "./view-as-form";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const contact = await getContact(viewer, (await params).id);
  if (!contact) notFound();
  const query = await searchParams;
  const ownRules = await getLayerRules(viewer, { layer: "contact", contactId: contact.id });
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <section>
          <p className="text-sm text-zinc-600">
            <Link href="/console/contacts" className="underline">
              Contacts
            </Link>
          </p>
          <h1 className="mt-1 text-title">{contact.name}</h1>
          <p className="text-zinc-700">{contact.email}</p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-zinc-600">Status</dt>
            <dd>
              <StatusBadge status={contact.status} />
            </dd>
            <dt className="text-zinc-600">Last sign-in</dt>
            <dd>
              <DateTime value={contact.lastLoginAt} />
            </dd>
            <dt className="text-zinc-600">Two-factor</dt>
            <dd>{contact.hasTwoFactor ? "On" : "Off"}</dd>
            <dt className="text-zinc-600">Accounts</dt>
            <dd>
              <ul>
                {contact.accounts.map((account) => (
                  <li key={account.id}>
                    <Link href={`/console/accounts/${account.id}`} className="text-brand-ink underline">
                      {account.name}
                    </Link>
                    {account.maySignIn ? " · can sign in" : " · cannot sign in"}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>

          <h2 className="mt-6 mb-2 text-section">View as this contact</h2>
          <ViewAsForm contactId={contact.id} accounts={contact.accounts.filter((account) => account.maySignIn)} />

          <h2 className="mt-6 mb-2 text-section">Login</h2>
          <ActionForm action={setContactLoginAction} title="Login" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="contactId" value={contact.id} />
            <div>
              <label htmlFor="loginState" className="block text-sm font-medium">
                Login for this person
              </label>
              <select
                id="loginState"
                name="loginState"
                defaultValue={contact.loginState}
                className="mt-1 rounded-md border border-zinc-300 bg-white px-3 py-2"
              >
                <option value="inherit">As their accounts allow</option>
                <option value="on">On (overrides the accounts)</option>
                <option value="off">Off</option>
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Save
            </Button>
          </ActionForm>
          <div className="mt-3">
            <ConfirmForm
              action={sendPasswordResetLinkAction}
              hidden={{ contactId: contact.id }}
              triggerLabel="Send password-reset link"
              confirmLabel="Send the link"
              question={`${contact.name} will get an email with a link to choose a new password. Nobody else sees it.`}
            />
          </div>
          <div className="mt-3">
            <ConfirmForm
              action={setContactLoginAction}
              hidden={{ contactId: contact.id, loginState: "off" }}
              triggerLabel="Revoke access"
              confirmLabel="Revoke access now"
              question={`${contact.name} will be signed out everywhere at once and cannot sign in until login is switched back on.`}
              unavailable={contact.loginState === "off" ? "Access is revoked (login off)." : undefined}
            />
          </div>
          <div className="mt-3">
            <ConfirmForm
              action={resetContactTwoFactorAction}
              hidden={{ contactId: contact.id }}
              triggerLabel="Reset two-factor"
              confirmLabel="Reset two-factor now"
              question={`Only when ${contact.name} has lost both their phone and their recovery codes, and you are sure it is them asking. They will be signed out everywhere and sign in with their password alone (or set two-factor up again, where it is required).`}
              unavailable={contact.hasTwoFactor ? undefined : "Two-factor sign-in is off for this person."}
            />
          </div>
          <h2 className="mt-6 mb-2 text-section">Invitations</h2>
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
        {contact.status === "active" ? (
          <section aria-labelledby="invite-heading" className="space-y-2 self-start rounded-lg bg-white p-5 ring-1 ring-zinc-200">
            <h2 id="invite-heading" className="text-section">
              Portal access
            </h2>
            <p className="text-sm text-zinc-700">
              {contact.name} has chosen a password and signs in to the portal, so there is no invitation to send. If they cannot get in, use
              &ldquo;Send password-reset link&rdquo; above; whether they may sign in at all is the Login setting.
            </p>
          </section>
        ) : (
          <section aria-labelledby="invite-heading" className="space-y-4 self-start rounded-lg bg-white p-5 ring-1 ring-zinc-200">
            <h2 id="invite-heading" className="text-section">
              Invite to the portal
            </h2>
            <ConfirmForm
              action={cancelInvitationAction}
              hidden={{ contactId: contact.id }}
              triggerLabel="Cancel invitation"
              confirmLabel="Cancel the invitation"
              question="The link in the invitation email will stop working."
              unavailable={contact.status === "invited" ? undefined : "No invitation is waiting to be accepted."}
            />
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
        )}
      </div>
      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section id="permissions" aria-labelledby="permissions-heading" className="self-start rounded-lg bg-white p-5 ring-1 ring-zinc-200">
          <h2 id="permissions-heading" className="text-section">
            Their own permissions
          </h2>
          <p className="mb-3 text-sm text-zinc-600">
            Beat their groups, accounts and the defaults, in every account they act for. A record&apos;s own setting still beats these.
          </p>
          <LayerRulesForm target={{ layer: "contact", contactId: contact.id }} rules={ownRules} title="Their own permissions" />
        </section>
        <section id="explain" aria-labelledby="explain-heading">
          <h2 id="explain-heading" className="mb-2 text-section">
            Explain
          </h2>
          <ExplainPanel
            viewer={viewer}
            contactId={contact.id}
            accounts={contact.accounts}
            query={{ account: firstParam(query.account), capability: firstParam(query.capability), object: firstParam(query.object) }}
          />
        </section>
      </div>
    </>
  );
}
