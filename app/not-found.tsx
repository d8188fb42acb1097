import Link from "next/link";

// One answer for "missing" and "not yours": nothing tells the two apart.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-zinc-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand underline">
        Go to your home page
      </Link>
    </main>
  );
}
