"use client";

import { useId, useState } from "react";
import { pickAccountsAction, type PickableAccount } from "@/app/_actions/account-picker";
import { controlClass, Field } from "@/components/ui/field";
import { useLatestSearch } from "@/components/ui/use-latest-search";

const shownAs = (account: PickableAccount) => `${account.name} (${account.number})`;

/**
 * A record form's client account: type part of a name or number and choose from the list. The form
 * sends the chosen account's number; an account number typed in full and not chosen is sent as typed,
 * so the server's own check (and its message for an unknown number) still decides.
 */
export function AccountPicker({ name, label, error, defaultValue }: { name: string; label: string; error?: string; defaultValue: string }) {
  const { typed, setTyped, results, active, setActive, isSearching, search, moveWith, clear } = useLatestSearch(
    pickAccountsAction,
    0,
    defaultValue,
  );
  const [chosen, setChosen] = useState<PickableAccount | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();

  const choose = (account: PickableAccount | undefined) => {
    if (!account) return;
    setChosen(account);
    setTyped(shownAs(account));
    setIsOpen(false);
    clear();
  };
  const showing = isOpen && results.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="relative sm:col-span-2">
      <Field
        label={label}
        hint="Type part of the account's name or number, then choose it from the list."
        error={error}
        render={(a11y) => (
          <input
            {...a11y}
            role="combobox"
            aria-expanded={showing}
            aria-controls={listId}
            aria-activedescendant={showing ? optionId(active) : undefined}
            aria-autocomplete="list"
            autoComplete="off"
            value={typed}
            onChange={(event) => {
              setChosen(null);
              setIsOpen(true);
              search(event.target.value);
            }}
            onFocus={() => {
              if (!chosen) {
                setIsOpen(true);
                search(typed);
              }
            }}
            onBlur={() => setIsOpen(false)}
            onKeyDown={(event) => {
              if (showing && moveWith(event)) return;
              if (event.key === "Escape" && showing) {
                event.preventDefault();
                setIsOpen(false);
              } else if (event.key === "Enter" && showing) {
                // Enter chooses the account pointed at instead of sending the form.
                event.preventDefault();
                choose(results[active]);
              }
            }}
            className={controlClass}
          />
        )}
      />
      <input type="hidden" name={name} value={chosen?.number ?? typed} />
      <p role="status" className="sr-only">
        {isOpen
          ? isSearching
            ? "Searching…"
            : results.length
              ? `${results.length} accounts. Use the arrow keys, then Enter.`
              : "No account matches."
          : ""}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Client accounts"
        hidden={!showing}
        className="absolute inset-x-0 z-20 mt-1 max-h-72 overflow-y-auto rounded-panel border border-line bg-surface p-1 shadow-lg"
      >
        {results.map((account, index) => (
          <li
            key={account.number}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(account);
            }}
            className="flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-control px-3 py-2 aria-selected:bg-zinc-100"
          >
            <span className="min-w-0 truncate font-medium">{account.name}</span>
            <span className="shrink-0 text-meta text-ink-muted">
              {account.number}
              {account.isTest ? " · test client" : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
