import type { Metadata } from "next";
import { SessionList } from "@/components/auth/session-list";
import { requireActingContact } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Where you are signed in" };

// A contact's own sessions; a staff member viewing as someone has no business here (404).
export default async function PortalSessionsPage() {
  const viewer = await requireActingContact({ allowUnchosen: true });
  return (
    <div className="max-w-2xl rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <SessionList viewer={viewer} twoFactorHref="/two-factor" />
    </div>
  );
}
