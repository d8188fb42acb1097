import Link from "next/link";

type Props = { basePath: string; filters?: Record<string, string | undefined>; cursor: string | null };

export function NextPageLink({ basePath, filters = {}, cursor }: Props) {
  if (!cursor) return null;
  const kept = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const params = new URLSearchParams([...kept, ["after", cursor]]);
  return (
    <Link href={`${basePath}?${params}`} className="mt-4 inline-block font-medium text-ink underline">
      Next page
    </Link>
  );
}
