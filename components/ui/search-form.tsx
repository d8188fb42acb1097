// A plain GET form: works without JavaScript, and the URL can be shared or bookmarked.
import { Button } from "./button";
import type { ReactNode } from "react";

export function SearchForm({ action, label, query, children }: { action: string; label: string; query: string; children?: ReactNode }) {
  return (
    <form role="search" className="flex flex-wrap gap-2" method="get" action={action}>
      <label className="sr-only" htmlFor="q">
        {label}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={query}
        placeholder={label}
        className="w-full max-w-sm rounded-md border border-zinc-300 px-3 py-2"
      />
      {children}
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
