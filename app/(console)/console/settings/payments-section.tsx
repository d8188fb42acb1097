import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { PaymentSettings } from "@/db/access/payments/settings";
import { setPaymentSettingsAction } from "./actions";

// How clients pay: online through the provider set up on the server (or not), part payments, the
// bank transfer instructions each open invoice shows, and who gets a copy of every receipt.
export function PaymentsSection({
  settings,
  providerLabel,
  mayChange,
}: {
  settings: PaymentSettings;
  providerLabel: string | null;
  mayChange: boolean;
}) {
  return (
    <section aria-labelledby="payments-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
      <h2 id="payments-heading" className="text-section">
        Payments
      </h2>
      <p className="text-sm text-zinc-700">
        {providerLabel
          ? `Clients who may pay invoices pay online by ${providerLabel}; the payment is recorded when the provider confirms it.`
          : "Online payment is off: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET on the server to take cards through Stripe Checkout (see the README). Until then, invoices show the bank transfer instructions below."}
      </p>
      {mayChange ? (
        <ActionForm action={setPaymentSettingsAction} title="Payment settings" className="space-y-3">
          <label className="flex items-start gap-3">
            <input type="checkbox" name="allowPartPayments" defaultChecked={settings.allowPartPayments} className="mt-1 size-4" />
            <span>
              <span className="font-medium">Let clients pay part of an invoice online</span>
              <span className="block text-sm text-zinc-600">They choose how much, up to what is still due; the rest stays open.</span>
            </span>
          </label>
          <TextAreaField
            label="Bank transfer instructions"
            name="bankTransferInstructions"
            rows={4}
            maxLength={2000}
            defaultValue={settings.bankTransferInstructions}
            hint="Shown on every unpaid invoice: the account name, sort code and account number, or IBAN and BIC. The invoice adds its number as the reference."
          />
          <TextField
            label="Send a copy of every receipt to"
            name="receiptCopyTo"
            type="email"
            defaultValue={settings.receiptCopyTo ?? ""}
            hint="Your bookkeeper or accounts address, say. Leave it empty for none."
          />
          <Button type="submit">Save</Button>
        </ActionForm>
      ) : (
        <p className="text-sm text-zinc-700">Only an owner can change how clients pay.</p>
      )}
    </section>
  );
}
