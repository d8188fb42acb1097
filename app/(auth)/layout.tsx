import type { ReactNode } from "react";
import { BrandMark } from "@/components/branding/brand-mark";
import { getPublicBranding } from "@/db/access/branding/live";

// Sign-in, registration, reset and invitation pages: the business's splash background behind a
// single white card that carries its logo, so text never sits on the picture.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const brand = await getPublicBranding();
  return (
    <div
      className="flex min-h-dvh flex-col items-center justify-center bg-page bg-cover bg-center px-4 py-10"
      style={{ backgroundImage: `url(${brand.splashUrl})` }}
    >
      <main className="w-full max-w-md rounded-xl bg-white p-6 shadow-lg ring-1 ring-zinc-200 sm:p-8">
        <div className="mb-6 text-zinc-900">
          <BrandMark portalName={brand.portalName} logoUrl={brand.logoUrl} />
        </div>
        {children}
      </main>
    </div>
  );
}
