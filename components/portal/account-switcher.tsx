import { Button } from "@/components/ui/button";
import { chooseAccountAction } from "@/app/_actions/choose-account";

// Shown to a contact who works for several accounts; a plain form, so it works without JavaScript.
export function AccountSwitcher({ accounts, activeId }: { accounts: { id: string; name: string }[]; activeId: string }) {
  return (
    <form action={chooseAccountAction} className="flex items-center gap-2">
      <label htmlFor="account-switcher" className="text-sm">
        Account
      </label>
      <select
        id="account-switcher"
        name="accountId"
        defaultValue={activeId}
        className="rounded-md border border-white/40 bg-white px-2 py-1 text-sm text-zinc-900"
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
      <Button variant="bare" type="submit" className="rounded-md border border-white/60 px-3 py-1 text-sm font-medium hover:bg-white/10">
        Switch
      </Button>
    </form>
  );
}
