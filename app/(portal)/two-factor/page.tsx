import type { Metadata } from "next";
import { TwoFactorSettings } from "@/components/auth/two-factor-settings";
import { requireActingContact } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Two-factor sign-in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A contact's own two-factor sign-in; a staff member viewing as someone has no business here (404).
export default async function PortalTwoFactorPage({ searchParams }: Props) {
  const viewer = await requireActingContact({ allowUnchosen: true });
  return (
    <div className="max-w-2xl rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <TwoFactorSettings viewer={viewer} pageHref="/two-factor" isEnrolling={(await searchParams).enrol === "1"} />
    </div>
  );
}
