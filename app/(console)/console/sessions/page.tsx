import type { Metadata } from "next";
import { SessionList } from "@/components/auth/session-list";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Where you are signed in" };

export default async function ConsoleSessionsPage() {
  const viewer = await requireStaffViewer("console");
  return (
    <div className="max-w-2xl rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <SessionList viewer={viewer} twoFactorHref="/console/two-factor" />
    </div>
  );
}
