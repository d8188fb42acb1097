import type { Metadata } from "next";
import Link from "next/link";
import { getMyCapabilities } from "@/db/access/permissions";
import { getPortalHome } from "@/db/access/portal";
import { requireContactViewer } from "@/db/access/viewer";

export const metadata: Metadata = { title: "Home" };

export default async function PortalHomePage() {
  const viewer = await requireContactViewer();
  const [home, held] = await Promise.all([getPortalHome(viewer), getMyCapabilities(viewer)]);
  return (
    <section aria-labelledby="welcome-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <h1 id="welcome-heading" className="text-2xl font-semibold">
        Hello, {home.name}
      </h1>
      <p className="mt-1 text-sm text-zinc-600">You are viewing {home.accountName}.</p>
      {home.welcomeMessage ? <p className="mt-4 whitespace-pre-line text-zinc-800">{home.welcomeMessage}</p> : null}
      {held.has("colleagues.invite") ? (
        <Link href="/colleagues" className="mt-6 inline-block font-medium text-brand underline">Invite a colleague</Link>
      ) : null}
    </section>
  );
}
