import type { ReactNode } from "react";
import { BrandMark } from "@/components/branding/brand-mark";
import { getPublicBranding } from "@/db/access/branding/live";

// A sign-off opened from its email: in the business's branding, with nothing of the rest of the
// portal (its session reaches this sign-off only). Each page checks who is asking itself.
export default async function SignOffLayout({ children }: { children: ReactNode }) {
  const brand = await getPublicBranding();
  return (
    <div className="min-h-dvh bg-page">
      <header className="bg-brand text-brand-contrast">
        <div className="mx-auto flex max-w-4xl items-center gap-3 px-4 py-3">
          {brand.logoUrl ? <BrandMark portalName={brand.portalName} logoUrl={brand.logoUrl} className="rounded bg-white p-1" /> : null}
          <p className="text-lg font-bold">{brand.portalName}</p>
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8">{children}</main>
    </div>
  );
}
