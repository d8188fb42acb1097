import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButtons } from "@/components/auth/sign-out-buttons";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { mayUseArea, type StaffArea } from "@/db/access/viewer/staff-roles";
import { recordKindList, recordKinds } from "@/lib/record-kinds";

// Each link shows only to the roles whose area it is (staff-roles.ts), as its page checks again.
const sections: { href: string; label: string; area: StaffArea }[] = [
  { href: "/console/accounts", label: "Accounts", area: "clients" },
  { href: "/console/contacts", label: "Contacts", area: "clients" },
  { href: "/console/pending", label: "Pending activation", area: "clients" },
  { href: "/console/import", label: "Import", area: "clients" },
  { href: "/console/emails", label: "Emails", area: "clients" },
  { href: "/console/audit", label: "Audit log", area: "audit" },
  { href: "/console/team", label: "Team", area: "team" },
  { href: "/console/settings", label: "Settings", area: "settings" },
  { href: "/console/branding", label: "Branding", area: "branding" },
];

// What is shared with clients: one page per kind of record (lib/record-kinds.ts), then the rest.
const records = [
  ...recordKindList.map((kind) => ({ href: `/console/${recordKinds[kind].folder}`, label: recordKinds[kind].consoleLabel })),
  { href: "/console/files", label: "Files" },
  { href: "/console/sign-offs", label: "Sign-offs" },
  { href: "/console/knowledge", label: "Knowledge base" },
  { href: "/console/forms", label: "Support forms" },
];

const consoleColours = { "--color-page": "#f4f4f5", "--color-ink": "#18181b", "--color-ink-muted": "#52525b" } as React.CSSProperties;

// Staff only. The layout is a convenience; every page and action checks the viewer again itself.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireStaffViewer("console");
  return (
    // Staff work on a neutral page whatever the portal's look: only the brand's own colour carries over.
    <div className="min-h-dvh bg-page text-ink" style={consoleColours}>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <nav aria-label="Console" className="flex flex-wrap items-center gap-1">
            <span className="mr-3 font-bold">Staff console</span>
            {sections
              .filter((section) => mayUseArea(viewer, section.area))
              .map((section) => (
                <Link key={section.href} href={section.href} className="rounded-md px-3 py-2 text-sm font-medium hover:bg-zinc-100">
                  {section.label}
                </Link>
              ))}
          </nav>
          <div className="flex items-center gap-2">
            <NotificationBell viewer={viewer} href="/console/notifications" className="hover:bg-zinc-100" />
            <span className="text-sm text-zinc-600">{viewer.name}</span>
            <SignOutButtons sessionsHref="/console/sessions" />
          </div>
        </div>
        {!mayUseArea(viewer, "clients") ? null : (
          <nav aria-label="Records" className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 pb-2">
            {records.map((section) => (
              <Link
                key={section.href}
                href={section.href}
                className="shrink-0 rounded-md px-3 py-1 text-sm text-zinc-700 hover:bg-zinc-100"
              >
                {section.label}
              </Link>
            ))}
          </nav>
        )}
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
