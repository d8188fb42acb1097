"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { quickSearchAction, type QuickSearchResult } from "@/app/_actions/quick-search";
import { useLatestSearch } from "@/components/ui/use-latest-search";

// Ctrl+K (⌘K on a Mac) or "/" anywhere in the console opens a search across accounts, contacts and
// records. The input is a combobox: arrows move through the results, Enter opens one.
export function QuickSearch() {
  const [isOpen, setIsOpen] = useState(false);
  const { typed, results, active, setActive, isSearching, search, moveWith } = useLatestSearch(quickSearchAction, 2);
  const router = useRouter();
  const listId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const isTyping = target?.closest("input, textarea, select, [contenteditable]");
      if ((event.key === "k" && (event.ctrlKey || event.metaKey)) || (event.key === "/" && !isTyping)) {
        event.preventDefault();
        setIsOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const open = (result: QuickSearchResult | undefined) => {
    if (!result) return;
    setIsOpen(false);
    router.push(result.href);
  };
  const optionId = (index: number) => `${listId}-${index}`;
  const status =
    typed.trim().length < 2
      ? "Type at least two letters."
      : isSearching
        ? "Searching…"
        : results.length
          ? `${results.length} found. Use the arrow keys, then Enter.`
          : "Nothing found.";

  return (
    <Dialog.Root
      open={isOpen}
      onOpenChange={(next) => {
        setIsOpen(next);
        if (!next) search("");
      }}
    >
      <Dialog.Trigger className="inline-flex min-h-11 items-center gap-2 rounded-md border border-zinc-300 px-3 text-sm text-zinc-600 hover:bg-zinc-50">
        <Search aria-hidden className="size-4" />
        <span className="sr-only sm:not-sr-only">Quick search</span>
        <kbd className="hidden rounded border border-zinc-300 px-1 text-xs sm:inline">Ctrl K</kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-900/40" />
        <Dialog.Content className="fixed inset-x-2 top-16 z-50 mx-auto max-w-xl rounded-lg bg-white p-3 text-zinc-900 shadow-xl focus:outline-none">
          <Dialog.Title className="sr-only">Quick search</Dialog.Title>
          <Dialog.Description className="sr-only">Find accounts, contacts and records by name, number or email.</Dialog.Description>
          <label htmlFor={`${listId}-input`} className="sr-only">
            Search accounts, contacts and records
          </label>
          <input
            id={`${listId}-input`}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={results.length ? optionId(active) : undefined}
            aria-autocomplete="list"
            autoComplete="off"
            value={typed}
            placeholder="Search accounts, contacts and records"
            onChange={(event) => search(event.target.value)}
            onKeyDown={(event) => {
              if (moveWith(event) || event.key !== "Enter") return;
              event.preventDefault();
              open(results[active]);
            }}
            className="block min-h-11 w-full rounded-md border border-zinc-300 px-3"
          />
          <p role="status" className="mt-2 px-1 text-sm text-zinc-600">
            {status}
          </p>
          <ul id={listId} role="listbox" aria-label="Results" className="mt-1 max-h-80 overflow-y-auto">
            {results.map((result, index) => (
              <li
                key={result.href}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseEnter={() => setActive(index)}
                onClick={() => open(result)}
                className="flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-md px-3 py-2 aria-selected:bg-zinc-100"
              >
                <span className="min-w-0">
                  <span className="block truncate font-medium">{result.label}</span>
                  {result.detail ? <span className="block truncate text-sm text-zinc-600">{result.detail}</span> : null}
                </span>
                <span className="shrink-0 text-xs font-medium text-zinc-600">{result.kindLabel}</span>
              </li>
            ))}
          </ul>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
