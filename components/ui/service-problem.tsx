"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

/**
 * What a person sees when a page cannot be served (the database is unavailable or too slow, or
 * something failed on our side): what happened in plain words, and a way to try again. Nothing
 * they typed elsewhere is lost: this replaces only the page that failed.
 */
export function ServiceProblem({ reset }: { reset: () => void }) {
  const router = useRouter();
  const tryAgain = () => startTransition(() => (router.refresh(), reset()));
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-4 px-6 py-12">
      <h1 className="text-title">This page could not be loaded</h1>
      <p>
        The service is busy or unavailable for a moment. Nothing has been changed. Try again in a few seconds; if it keeps happening,
        contact the business that runs this portal.
      </p>
      <div>
        <button
          type="button"
          onClick={tryAgain}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-contrast focus:outline-2 focus:outline-offset-2"
        >
          Try again
        </button>
      </div>
    </main>
  );
}
