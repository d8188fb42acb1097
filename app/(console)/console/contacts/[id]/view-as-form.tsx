import { startViewAsAction } from "@/app/_actions/view-as";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

// See the portal exactly as this contact does, for one of the accounts they may use.
export function ViewAsForm({ contactId, accounts }: { contactId: string; accounts: { id: string; name: string }[] }) {
  if (accounts.length === 0)
    return <p className="text-sm text-zinc-600">This contact cannot sign in for any account, so there is no portal to show.</p>;
  return (
    <ActionForm action={startViewAsAction} title="View as this contact" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="contactId" value={contactId} />
      {accounts.length > 1 ? (
        <SelectField label="Account" name="accountId" options={accounts.map((account) => ({ value: account.id, label: account.name }))} />
      ) : (
        <input type="hidden" name="accountId" value={accounts[0]!.id} />
      )}
      <Button type="submit" variant="secondary">
        View as this contact
      </Button>
      <p className="w-full text-sm text-zinc-600">Read-only, for a limited time, and recorded in the audit log.</p>
    </ActionForm>
  );
}
