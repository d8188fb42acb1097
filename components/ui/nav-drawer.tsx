"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

// On phones a page's navigation is a drawer behind a Menu button: focus moves into it and stays
// there until it closes (Escape, the close button, a click outside, or following a link).
export function NavDrawer({
  title,
  description,
  triggerClassName,
  children,
}: {
  title: string;
  description: string;
  /** Where the button sits decides its colours; it is hidden from md up, where the navigation shows. */
  triggerClassName: string;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setIsOpen(false), [pathname]);
  return (
    <Dialog.Root open={isOpen} onOpenChange={setIsOpen}>
      <Dialog.Trigger
        className={`inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium md:hidden ${triggerClassName}`}
      >
        <Menu aria-hidden="true" className="size-5" />
        Menu
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-900/40" />
        <Dialog.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white p-4 text-zinc-900 shadow-xl focus:outline-none">
          <div className="mb-4 flex items-center justify-between">
            <Dialog.Title className="font-bold">{title}</Dialog.Title>
            <Dialog.Close
              className="inline-flex size-11 items-center justify-center rounded-md hover:bg-zinc-100"
              aria-label="Close the menu"
            >
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
