import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page shows live data (the viewer, the business's branding): never prerender at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: { default: "Client Portal", template: "%s · Client Portal" } };
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
