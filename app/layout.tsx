import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { appIconUrl, themeStyle } from "@/lib/branding/theme";
import { getPublicBranding } from "@/db/access/branding/live";
import { Toaster } from "@/components/ui/toaster";
import { UnsavedChangesWarning } from "@/components/ui/unsaved-changes";
import { inter } from "@/components/ui/font";
import "./globals.css";

// Every page shows live data (the viewer, the business's branding): never prerender at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const branding = await getPublicBranding();
  const { portalName } = branding;
  const icon = (size: number) => ({ url: appIconUrl(branding, size), sizes: `${size}x${size}`, type: "image/png" });
  return {
    title: { default: portalName, template: `%s · ${portalName}` },
    icons: { icon: [icon(32), icon(192)], apple: [icon(180)] },
    manifest: "/manifest.webmanifest",
  };
}
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The business's colours, made readable, reach every page as CSS variables.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { theme } = await getPublicBranding();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh bg-page font-sans text-ink" style={themeStyle(theme)}>
        {children}
        <Toaster />
        <UnsavedChangesWarning />
      </body>
    </html>
  );
}
