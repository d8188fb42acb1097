"use client";

import { useRef, useState, useTransition, type KeyboardEvent } from "react";

/**
 * A search-as-you-type combobox's state: what was typed, what the server found for it, which
 * result the arrow keys point at. An older answer that arrives after a newer one is dropped.
 */
export function useLatestSearch<Result>(find: (text: string) => Promise<Result[]>, minLength: number, initial = "") {
  const [typed, setTyped] = useState(initial);
  const [results, setResults] = useState<Result[]>([]);
  const [active, setActive] = useState(0);
  const [isSearching, startSearch] = useTransition();
  const latest = useRef("");

  const search = (text: string) => {
    setTyped(text);
    latest.current = text;
    if (text.trim().length < minLength) return setResults([]);
    startSearch(async () => {
      const found = await find(text);
      if (latest.current === text) {
        setResults(found);
        setActive(0);
      }
    });
  };

  /** Arrow keys move through the results; answers whether the key was one of them. */
  const moveWith = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else return false;
    event.preventDefault();
    return true;
  };

  const clear = () => {
    latest.current = "";
    setResults([]);
  };

  return { typed, setTyped, results, active, setActive, isSearching, search, moveWith, clear };
}
