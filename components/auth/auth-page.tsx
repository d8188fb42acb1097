import Link from "next/link";
import type { ReactNode } from "react";

// The pieces every sign-in, link and request page is made of.

/** The page's title and the sentence under it that says what happens here. */
export function AuthHeading({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <>
      <h1 className="text-title">{title}</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">{children}</p>
    </>
  );
}

/** A link that cannot be used: why, what to do next, and where to go. */
export function LinkProblem({ problem, href, label }: { problem: { title: string; next: string }; href: string; label: string }) {
  return (
    <>
      <h1 className="text-title">{problem.title}</h1>
      <p className="mt-3 text-zinc-700">{problem.next}</p>
      <Link href={href} className="mt-6 inline-block font-medium text-brand-ink underline">
        {label}
      </Link>
    </>
  );
}

export function BackToSignIn() {
  return (
    <p className="mt-6 text-sm">
      <Link href="/sign-in" className="text-brand-ink underline">
        Back to sign in
      </Link>
    </p>
  );
}
