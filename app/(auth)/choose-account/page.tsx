import { Button } from "@/components/ui/button";
import type { Metadata } from "next";
import { chooseAccountAction } from "@/app/_actions/choose-account";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Choose an account" };

export default async function ChooseAccountPage() {
  const viewer = await requireContactViewer({ allowUnchosen: true });
  return (
    <>
      <h1 className="text-title">Choose an account</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        You work with us for several accounts. You can switch at any time from the top of every page.
      </p>
      <ul className="space-y-2">
        {viewer.accounts.map((account) => (
          <li key={account.id}>
            <form action={chooseAccountAction}>
              <input type="hidden" name="accountId" value={account.id} />
              <Button
                variant="bare"
                type="submit"
                className="w-full rounded-md border border-zinc-300 px-4 py-3 text-left font-medium hover:bg-zinc-50"
              >
                {account.name}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}
