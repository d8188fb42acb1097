import type { CSSProperties } from "react";
import { BrandMark } from "./brand-mark";
import { themeStyle, type Theme } from "@/lib/branding/theme";

// Small, faithful copies of the sign-in page and the portal dashboard, painted with a draft's
// theme, for the designer's live preview. They use the same classes as the real pages.

type Look = {
  portalName: string;
  theme: Theme;
  logoUrl: string | null;
  headerUrl: string | null;
  splashUrl: string;
  welcomeMessage: string;
};

export function SignInPreview({ look }: { look: Look }) {
  return (
    <div
      className="flex min-h-72 items-center justify-center bg-page bg-cover bg-center p-6"
      style={{ ...(themeStyle(look.theme) as CSSProperties), backgroundImage: `url(${look.splashUrl})` }}
    >
      <div className="w-full max-w-xs rounded-xl bg-white p-5 text-zinc-900 shadow-lg ring-1 ring-zinc-200">
        <BrandMark portalName={look.portalName} logoUrl={look.logoUrl} />
        <p className="mt-4 text-section">Sign in</p>
        <div className="mt-3 space-y-2 text-sm">
          <div className="rounded-md border border-zinc-300 px-3 py-2 text-zinc-600">Email</div>
          <div className="rounded-md border border-zinc-300 px-3 py-2 text-zinc-600">Password</div>
        </div>
        <div className="mt-3 rounded-md bg-brand px-4 py-2 text-center text-sm font-semibold text-brand-contrast">Sign in</div>
        <p className="mt-3 text-sm text-brand-ink underline">Forgot your password?</p>
      </div>
    </div>
  );
}

export function DashboardPreview({ look }: { look: Look }) {
  return (
    <div className="bg-page text-ink" style={themeStyle(look.theme) as CSSProperties}>
      {look.headerUrl ? <div className="h-16 bg-cover bg-center" style={{ backgroundImage: `url(${look.headerUrl})` }} /> : null}
      <div className="flex items-center gap-3 bg-brand px-4 py-3 text-brand-contrast">
        {look.logoUrl ? <BrandMark portalName={look.portalName} logoUrl={look.logoUrl} className="rounded bg-white p-1" /> : null}
        <div>
          <p className="font-bold">{look.portalName}</p>
          <p className="text-xs opacity-90">Dana Whitfield · Harbour Logistics</p>
        </div>
      </div>
      <div className="flex gap-3 border-b border-zinc-200 bg-white px-4 text-sm">
        <span className="border-b-2 border-accent py-2 font-semibold text-zinc-950">Home</span>
        <span className="py-2 text-zinc-700">Invoices</span>
        <span className="py-2 text-zinc-700">Projects</span>
      </div>
      <div className="space-y-3 p-4">
        <div className="rounded-xl bg-white p-4 text-zinc-900 ring-1 ring-zinc-200">
          <p className="text-section">Hello, Dana</p>
          {look.welcomeMessage ? <p className="mt-2 whitespace-pre-line text-sm text-zinc-800">{look.welcomeMessage}</p> : null}
        </div>
        <p className="text-sm text-ink">Text on the page background reads like this.</p>
        <p className="text-sm text-ink-muted">Secondary text reads like this.</p>
        <div className="grid grid-cols-2 gap-2 text-sm">
          <span className="rounded-lg bg-white p-3 font-medium text-brand-ink ring-1 ring-zinc-200">Invoices</span>
          <span className="rounded-lg bg-white p-3 font-medium text-brand-ink ring-1 ring-zinc-200">Projects</span>
        </div>
      </div>
    </div>
  );
}
