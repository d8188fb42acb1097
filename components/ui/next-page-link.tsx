import Link from "next/link";

export function NextPageLink({ basePath, query, cursor }: { basePath: string; query: string; cursor: string | null }) {
  if (!cursor) return null;
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), after: cursor });
  return (
    <Link href={`${basePath}?${params}`} className="mt-4 inline-block font-medium text-brand underline">
      Next page
    </Link>
  );
}
