"use client";

import { ServiceProblem } from "@/components/ui/service-problem";

// Any page that fails (a database timeout, an unexpected error): the branded layout stays, with a way to try again.
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return <ServiceProblem reset={reset} />;
}
