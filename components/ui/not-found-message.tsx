import Link from "next/link";

// One answer for "missing" and "not yours": nothing tells the two apart. Inside a layout that has
// its own <main>, it is a section; on its own, the page's main landmark.
export function NotFoundMessage({ isPage = false }: { isPage?: boolean }) {
  const Container = isPage ? "main" : "section";
  return (
    <Container className="mx-auto max-w-md px-4 py-24 text-center" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" className="text-title">
        Page not found
      </h1>
      <p className="mt-3 text-ink-muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-ink underline">
        Go to your home page
      </Link>
    </Container>
  );
}
