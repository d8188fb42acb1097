import type { ReactNode } from "react";
import { SignOutButtons } from "@/components/auth/sign-out-buttons";
import { BrandMark } from "@/components/branding/brand-mark";
import { AccountSwitcher } from "@/components/portal/account-switcher";
import { ViewAsBanner } from "@/components/portal/view-as-banner";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { PortalMenu, PortalNav } from "@/components/portal/portal-nav";
import { sectionsFor } from "@/components/portal/portal-sections";
import { getUsableCapabilities } from "@/db/access/records/portal";
import { hasMySignOffs } from "@/db/access/sign-offs/read";

// The client portal, in the business's branding. Every page shows which account is active.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const viewer = await requireContactViewer();
  const [brand, usable, isAskedToSignOff] = await Promise.all([getPublicBranding(), getUsableCapabilities(viewer), hasMySignOffs(viewer)]);
  const sections = [
    ...sectionsFor(usable).map(({ href, label }) => ({ href, label })),
    // Not a capability: a contact asked to sign something off may always see what they were asked.
    ...(isAskedToSignOff ? [{ href: "/sign-offs", label: "Sign-offs" }] : []),
  ];
  return (
    <div className="min-h-dvh">
      {viewer.viewAs ? (
        <ViewAsBanner
          name={viewer.name}
          accountName={viewer.accountName}
          staffName={viewer.viewAs.staffName}
          expiresAt={viewer.viewAs.expiresAt}
        />
      ) : null}
      {brand.headerUrl ? (
        <div aria-hidden="true" className="h-20 bg-cover bg-center sm:h-28" style={{ backgroundImage: `url(${brand.headerUrl})` }} />
      ) : null}
      <header className="bg-brand text-brand-contrast">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div className="flex min-w-0 items-center gap-3">
            <PortalMenu portalName={brand.portalName} sections={sections} />
            {brand.logoUrl ? <BrandMark portalName={brand.portalName} logoUrl={brand.logoUrl} className="rounded bg-white p-1" /> : null}
            <div className="min-w-0">
              <p className="truncate text-lg font-bold">{brand.portalName}</p>
              <p className="text-sm opacity-90">
                {viewer.name} · <span aria-label="Active account">{viewer.accountName}</span>
              </p>
            </div>
          </div>
          {viewer.viewAs ? null : (
            <div className="flex flex-wrap items-center gap-2">
              <NotificationBell viewer={viewer} href="/notifications" className="hover:bg-black/10" />
              {viewer.accounts.length > 1 ? <AccountSwitcher accounts={viewer.accounts} activeId={viewer.accountId} /> : null}
              <SignOutButtons sessionsHref="/sessions" />
            </div>
          )}
        </div>
      </header>
      <PortalNav sections={sections} />
      <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
    </div>
  );
}
