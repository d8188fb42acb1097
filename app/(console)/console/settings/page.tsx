import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DateTime } from "@/components/ui/date-time";
import { getEmbedOrigins } from "@/db/access/sign-in/embed";
import { getLoginSettings } from "@/db/access/onboarding/login-settings";
import { EmbedSection } from "./embed-section";
import { signInAsTestClientAction } from "./test-client-actions";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { countContactsWithOwnPermissions, getGlobalDefault, getLayerRules } from "@/db/access/permissions/layer-rules";
import { LayerRulesForm } from "@/components/console/layer-rules-form";
import { GlobalDefaultForm } from "./global-default-form";
import { mayUseArea } from "@/db/access/viewer/staff-roles";
import {
  applyDefaultsToAllAction,
  enableLoginForAllAction,
  setAllowCustomerLoginAction,
  setRequireTwoFactorAction,
  setSignInCodesAction,
  setSignOffSettingsAction,
} from "./actions";
import { getSignOffSettings } from "@/db/access/sign-offs/settings";
import { TextField } from "@/components/ui/field";
import { getPaymentSettings } from "@/db/access/payments/settings";
import { configuredPaymentProvider } from "@/lib/payments/configured";
import { PaymentsSection } from "./payments-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireStaffViewer("settings");
  const [settings, moduleDefaults, globalDefault, withOwn, embedOrigins, signOffSettings, paymentSettings] = await Promise.all([
    getLoginSettings(viewer),
    getLayerRules(viewer, { layer: "module" }),
    getGlobalDefault(viewer),
    countContactsWithOwnPermissions(viewer),
    getEmbedOrigins(viewer),
    getSignOffSettings(viewer),
    getPaymentSettings(viewer),
  ]);
  const count = settings.notYetOn.toLocaleString("en-GB");
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-title">Settings</h1>

      <section aria-labelledby="sign-in-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="sign-in-heading" className="text-section">
          Customer sign-in
        </h2>
        <ActionForm action={setAllowCustomerLoginAction} title="Customer sign-in" className="space-y-3">
          <label className="flex items-start gap-3">
            <input type="checkbox" name="allowCustomerLogin" defaultChecked={settings.allowCustomerLogin} className="mt-1 size-4" />
            <span>
              <span className="font-medium">Allow customers to sign in</span>
              <span className="block text-sm text-zinc-600">
                Every contact may sign in unless their account or they themselves are switched off, even before they have a password (they
                are sent a link to set one).
              </span>
            </span>
          </label>
          <Button type="submit">Save</Button>
        </ActionForm>
        <ActionForm action={setSignInCodesAction} title="Sign-in codes" className="space-y-3 border-t border-zinc-100 pt-3">
          <label className="flex items-start gap-3">
            <input type="checkbox" name="signInCodesEnabled" defaultChecked={settings.signInCodesEnabled} className="mt-1 size-4" />
            <span>
              <span className="font-medium">Let clients sign in with an emailed code</span>
              <span className="block text-sm text-zinc-600">
                For clients who sign in now and then: &ldquo;Email me a sign-in code&rdquo; on the sign-in page sends six digits that work
                once, for 10 minutes. Who may sign in is decided exactly as for passwords.
              </span>
            </span>
          </label>
          <Button type="submit">Save</Button>
        </ActionForm>
      </section>

      <section aria-labelledby="two-factor-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="two-factor-heading" className="text-section">
          Two-factor sign-in for the team
        </h2>
        {settings.isDemo ? (
          <p className="text-sm text-zinc-700">
            This is the demo business, so this starts off: the demo sign-ins in the README work with a password alone. A real business
            starts with it on.
          </p>
        ) : null}
        {mayUseArea(viewer, "team_security") ? (
          <ActionForm action={setRequireTwoFactorAction} title="Two-factor for the team" className="space-y-3">
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="requireTwoFactorForAdmins"
                defaultChecked={settings.requireTwoFactorForAdmins}
                className="mt-1 size-4"
              />
              <span>
                <span className="font-medium">Require two-factor sign-in for owners and admins</span>
                <span className="block text-sm text-zinc-600">
                  Those who have not set it up are taken to do so right after their password. Members and designers may choose it. To
                  require it of clients, open their account.
                </span>
              </span>
            </label>
            <Button type="submit">Save</Button>
          </ActionForm>
        ) : (
          <p className="text-sm text-zinc-700">
            Two-factor sign-in is {settings.requireTwoFactorForAdmins ? "required" : "optional"} for owners and admins. Only an owner can
            change this.
          </p>
        )}
      </section>

      <section aria-labelledby="enable-all-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="enable-all-heading" className="text-section">
          Enable login for all existing contacts
        </h2>
        <p className="text-sm text-zinc-600">
          Switches login on for every contact who exists now, including those switched off by hand. Contacts added later follow the setting
          above. Last done: <DateTime value={settings.loginsEnabledAt} />.
        </p>
        <ConfirmForm
          action={enableLoginForAllAction}
          triggerLabel="Enable login for all existing contacts"
          confirmLabel={`Switch on ${count} contacts`}
          question={`This switches login on for ${count} contacts who are not switched on now. Continue?`}
        />
      </section>

      <section aria-labelledby="sign-offs-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="sign-offs-heading" className="text-section">
          Sign-offs
        </h2>
        <ActionForm action={setSignOffSettingsAction} title="Sign-off defaults" className="space-y-3">
          <TextField
            label="Links last (days)"
            name="linkDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            required
            defaultValue={signOffSettings.linkDays}
            hint="How long the link emailed to each person works, unless a sign-off sets its own. An expired link offers a fresh one."
          />
          <TextField
            label="Remind before the due date (days)"
            name="reminderDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            required
            defaultValue={signOffSettings.reminderDays}
            hint="Those who have not answered are reminded once, this many days before a sign-off's due date (each sign-off can turn it off)."
          />
          <Button type="submit">Save</Button>
        </ActionForm>
      </section>

      <PaymentsSection
        settings={paymentSettings}
        providerLabel={configuredPaymentProvider()?.label ?? null}
        mayChange={mayUseArea(viewer, "payments")}
      />

      <EmbedSection origins={embedOrigins} />

      <section aria-labelledby="test-client-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="test-client-heading" className="text-section">
          Test client
        </h2>
        <p className="text-sm text-zinc-600">
          Try the portal as a client would, with a test account of your own. You are signed out of the console in this browser while you do.
        </p>
        <form action={signInAsTestClientAction}>
          <Button type="submit" variant="secondary">
            Sign in as the test client
          </Button>
        </form>
      </section>

      <section id="permissions" aria-labelledby="defaults-heading" className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        <h2 id="defaults-heading" className="text-section">
          Default customer permissions
        </h2>
        <p className="text-sm text-zinc-600">
          What clients may do unless an account, a group, the person or a record says otherwise — including contacts added later. The most
          specific setting wins: record › contact › group › account › these module defaults › the global default. Nothing set anywhere means
          no.
        </p>
        <GlobalDefaultForm current={globalDefault} />
        <h3 className="text-base font-semibold">Module defaults</h3>
        <LayerRulesForm target={{ layer: "module" }} rules={moduleDefaults} title="Module defaults" inheritLabel="Use the global default" />
        <ConfirmForm
          action={applyDefaultsToAllAction}
          triggerLabel="Apply the defaults to all existing contacts"
          confirmLabel={`Replace the settings of ${withOwn.toLocaleString("en-GB")} contacts`}
          question={`${withOwn.toLocaleString("en-GB")} contacts have permissions of their own; they will be replaced by the defaults. Continue?`}
        />
      </section>
    </div>
  );
}
