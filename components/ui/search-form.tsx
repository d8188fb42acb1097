// A plain GET form: works without JavaScript, and the URL can be shared or bookmarked.
export function SearchForm({ action, label, query }: { action: string; label: string; query: string }) {
  return (
    <form role="search" className="flex gap-2" method="get" action={action}>
      <label className="sr-only" htmlFor="q">
        {label}
      </label>
      <input id="q" name="q" type="search" defaultValue={query} placeholder={label} className="w-full max-w-sm rounded-md border border-zinc-300 px-3 py-2" />
      <button type="submit" className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-zinc-50">
        Search
      </button>
    </form>
  );
}
