import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { themeStyle } from "@/lib/branding/theme";
import { getPublicBranding } from "@/db/access/branding/live";
import "./globals.css";

// Every page shows live data (the viewer, the business's branding): never prerender at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { portalName } = await getPublicBranding();
  return { title: { default: portalName, template: `%s · ${portalName}` } };
}
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The business's colours, made readable, reach every page as CSS variables.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { theme } = await getPublicBranding();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-page text-ink" style={themeStyle(theme)}>
        {children}
      </body>
    </html>
  );
}
