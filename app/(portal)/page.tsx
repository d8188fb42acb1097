import type { Metadata } from "next";
import Link from "next/link";
import { sectionsFor } from "@/components/portal/portal-sections";
import { getPortalHome, getUsableCapabilities } from "@/db/access/records/portal";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Home" };

export default async function PortalHomePage() {
  const viewer = await requireContactViewer();
  const [home, usable] = await Promise.all([getPortalHome(viewer), getUsableCapabilities(viewer)]);
  const sections = sectionsFor(usable);
  return (
    <div className="space-y-6">
      <section aria-labelledby="welcome-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h1 id="welcome-heading" className="text-2xl font-semibold">
          Hello, {home.name}
        </h1>
        <p className="mt-1 text-sm text-zinc-600">You are viewing {home.accountName}.</p>
        {home.welcomeMessage ? <p className="mt-4 whitespace-pre-line text-zinc-800">{home.welcomeMessage}</p> : null}
      </section>
      {sections.length === 0 ? (
        <p className="text-ink">
          Nothing has been shared with you here yet. When the team opens a section for you, it appears on this page.
        </p>
      ) : (
        <nav aria-label="Sections">
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {sections.map((section) => (
              <li key={section.href}>
                <Link
                  href={section.href}
                  className="block rounded-xl bg-white p-4 font-medium text-brand-ink ring-1 ring-zinc-200 hover:ring-brand"
                >
                  {section.label === "Colleagues" ? "Invite a colleague" : section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
