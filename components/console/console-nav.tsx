"use client";

import {
  Banknote,
  BookOpen,
  Building2,
  ClipboardCheck,
  Clock,
  FileSignature,
  FileText,
  FolderKanban,
  Folder,
  Hourglass,
  LayoutDashboard,
  LifeBuoy,
  ListChecks,
  Mail,
  Palette,
  Receipt,
  ScrollText,
  Settings,
  Ticket,
  Upload,
  UserCog,
  Users,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { StaffArea } from "@/db/access/viewer/staff-roles";
import { recordKinds, type RecordKind } from "@/lib/record-kinds";

// The console's navigation, grouped by what staff do. Each link shows only to the roles whose area
// it is (the server passes the viewer's areas; every page checks again), and the page one is on is
// marked for screen readers and by sight.

type Item = { href: string; label: string; icon: LucideIcon; area: StaffArea };

const record = (kind: RecordKind, icon: LucideIcon): Item => ({
  href: `/console/${recordKinds[kind].folder}`,
  label: recordKinds[kind].consoleLabel,
  icon,
  area: "clients",
});

const groups: { label: string; items: Item[] }[] = [
  {
    label: "People",
    items: [
      { href: "/console/accounts", label: "Accounts", icon: Building2, area: "clients" },
      { href: "/console/contacts", label: "Contacts", icon: Users, area: "clients" },
      { href: "/console/pending", label: "Pending activation", icon: Hourglass, area: "clients" },
      { href: "/console/import", label: "Import", icon: Upload, area: "clients" },
    ],
  },
  {
    label: "Work",
    items: [
      record("project", FolderKanban),
      record("task", ListChecks),
      record("ticket", Ticket),
      record("timesheet", Clock),
      { href: "/console/sign-offs", label: "Sign-offs", icon: ClipboardCheck, area: "clients" },
      { href: "/console/files", label: "Files", icon: Folder, area: "clients" },
    ],
  },
  {
    label: "Money",
    items: [record("invoice", Receipt), record("quote", FileText), record("sale", Banknote), record("contract", FileSignature)],
  },
  {
    label: "Content",
    items: [
      { href: "/console/knowledge", label: "Knowledge base", icon: BookOpen, area: "clients" },
      { href: "/console/forms", label: "Support forms", icon: LifeBuoy, area: "clients" },
      { href: "/console/branding", label: "Branding", icon: Palette, area: "branding" },
    ],
  },
  {
    label: "Communication",
    items: [{ href: "/console/emails", label: "Emails", icon: Mail, area: "clients" }],
  },
  {
    label: "Administration",
    items: [
      { href: "/console/team", label: "Team", icon: UserCog, area: "team" },
      { href: "/console/audit", label: "Audit log", icon: ScrollText, area: "audit" },
      { href: "/console/settings", label: "Settings", icon: Settings, area: "settings" },
    ],
  },
];

function isCurrent(pathname: string, href: string) {
  return href === "/console" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function ConsoleNav({ areas }: { areas: StaffArea[] }) {
  const pathname = usePathname();
  const link = (item: Omit<Item, "area">) => {
    const current = isCurrent(pathname, item.href);
    const Icon = item.icon;
    return (
      <li key={item.href}>
        <Link
          href={item.href}
          aria-current={current ? "page" : undefined}
          className={`flex min-h-9 items-center gap-2 rounded-md px-2 text-sm ${
            current ? "bg-zinc-900 font-semibold text-white" : "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900"
          }`}
        >
          <Icon aria-hidden="true" className="size-4 shrink-0" />
          {item.label}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Console" className="space-y-4">
      <ul>{link({ href: "/console", label: "Overview", icon: LayoutDashboard })}</ul>
      {groups.map((group) => {
        const items = group.items.filter((item) => areas.includes(item.area));
        if (items.length === 0) return null;
        const id = `console-nav-${group.label.toLowerCase()}`;
        return (
          <div key={group.label}>
            <p id={id} className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
              {group.label}
            </p>
            <ul aria-labelledby={id}>{items.map(link)}</ul>
          </div>
        );
      })}
    </nav>
  );
}
