"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The portal's navigation: only the sections this contact may open (decided on the server).
export function PortalNav({ sections }: { sections: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Portal" className="border-b border-zinc-200 bg-white">
      <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 text-sm">
        {[{ href: "/", label: "Home" }, ...sections].map((section) => (
          <li key={section.href} className="shrink-0">
            <Link
              href={section.href}
              aria-current={isCurrent(section.href) ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-3 text-zinc-700 hover:text-zinc-950 aria-[current=page]:border-accent aria-[current=page]:font-semibold aria-[current=page]:text-zinc-950"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
