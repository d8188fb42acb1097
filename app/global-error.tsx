"use client";

import { ServiceProblem } from "@/components/ui/service-problem";
import "./globals.css";

// When even the root layout fails (it reads the branding from the database), this stands in for
// it, in neutral colours.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        className="min-h-dvh bg-white text-zinc-900"
        style={{ "--color-brand": "#18181b", "--color-brand-contrast": "#ffffff" } as React.CSSProperties}
      >
        <ServiceProblem reset={reset} />
      </body>
    </html>
  );
}
