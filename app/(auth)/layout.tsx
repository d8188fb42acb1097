import type { ReactNode } from "react";
import { unsafeGetBranding } from "@/db/access/business";

// Sign-in and invitation pages: the business's name and colours, a single centred card.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const brand = await unsafeGetBranding();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-br from-zinc-100 to-zinc-200 px-4 py-10">
      <p className="mb-6 text-xl font-bold text-brand">{brand.portalName}</p>
      <main className="w-full max-w-md rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200 sm:p-8">{children}</main>
    </div>
  );
}
