"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavDrawer } from "@/components/ui/nav-drawer";

type Section = { href: string; label: string };

function useIsCurrent() {
  const pathname = usePathname();
  return (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
}

const withHome = (sections: Section[]) => [{ href: "/", label: "Home" }, ...sections];

/** The portal's section links, the current one marked; the tab bar and the phone menu style them. */
function SectionLinks({ sections, listClassName, linkClassName }: { sections: Section[]; listClassName: string; linkClassName: string }) {
  const isCurrent = useIsCurrent();
  return (
    <ul className={listClassName}>
      {withHome(sections).map((section) => (
        <li key={section.href}>
          <Link href={section.href} aria-current={isCurrent(section.href) ? "page" : undefined} className={linkClassName}>
            {section.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// The portal's navigation: only the sections this contact may open (decided on the server). A tab
// bar from md up; on a phone, the Menu button in the header (PortalMenu) opens the same list.
export function PortalNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Portal" className="hidden border-b border-zinc-200 bg-white md:block">
      <SectionLinks
        sections={sections}
        listClassName="mx-auto flex max-w-5xl flex-wrap gap-1 px-2 text-sm"
        linkClassName="inline-block border-b-2 border-transparent px-3 py-3 text-zinc-700 hover:text-zinc-950 aria-[current=page]:border-accent aria-[current=page]:font-semibold aria-[current=page]:text-zinc-950"
      />
    </nav>
  );
}

export function PortalMenu({ portalName, sections }: { portalName: string; sections: Section[] }) {
  return (
    <NavDrawer title={portalName} description="Every part of the portal you may open." triggerClassName="hover:bg-black/10">
      <nav aria-label="Portal">
        <SectionLinks
          sections={sections}
          listClassName="space-y-1"
          linkClassName="flex min-h-11 items-center rounded-md px-3 text-zinc-800 hover:bg-zinc-100 aria-[current=page]:bg-zinc-100 aria-[current=page]:font-semibold"
        />
      </nav>
    </NavDrawer>
  );
}
