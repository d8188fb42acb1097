import type { ReactNode } from "react";
import { SignOutButtons } from "@/components/auth/sign-out-buttons";
import { ConsoleMenu } from "@/components/console/console-menu";
import { ConsoleNav } from "@/components/console/console-nav";
import { QuickSearch } from "@/components/console/quick-search";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { mayUseArea, staffAreas, type StaffArea } from "@/db/access/viewer/staff-roles";

// Staff work on a neutral page whatever the portal's look: the brand's colours (a designer's yellow)
// never reach the console's own buttons and marks.
const consoleColours = {
  "--color-page": "#f4f4f5",
  "--color-ink": "#18181b",
  "--color-ink-muted": "#52525b",
  "--color-brand": "#18181b",
  "--color-brand-contrast": "#ffffff",
  "--color-brand-ink": "#18181b",
  "--color-accent": "#3f3f46",
} as React.CSSProperties;

// Staff only. The layout is a convenience; every page and action checks the viewer again itself.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireStaffViewer("console");
  // Only the names of the areas go to the browser, to choose which links to show.
  const areas = (Object.keys(staffAreas) as StaffArea[]).filter((area) => mayUseArea(viewer, area));
  return (
    <div className="min-h-dvh bg-page text-ink md:flex" style={consoleColours}>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="hidden w-60 shrink-0 border-r border-zinc-200 bg-white md:block">
        <div className="sticky top-0 max-h-dvh overflow-y-auto p-3">
          <p className="px-2 pb-3 font-bold">Staff console</p>
          <ConsoleNav areas={areas} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="border-b border-zinc-200 bg-white">
          <div className="flex items-center justify-between gap-2 px-4 py-2">
            <div className="flex items-center gap-2">
              <ConsoleMenu areas={areas} />
              <span className="font-bold md:hidden">Staff console</span>
              {mayUseArea(viewer, "clients") ? <QuickSearch /> : null}
            </div>
            <div className="flex items-center gap-2">
              <NotificationBell viewer={viewer} href="/console/notifications" className="hover:bg-zinc-100" />
              <span className="hidden text-sm text-zinc-600 sm:inline">{viewer.name}</span>
              <SignOutButtons sessionsHref="/console/sessions" />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
