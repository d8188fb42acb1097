"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Re-renders the page from the server every few seconds while long work is under way.
export function AutoRefresh({ isActive, everyMs = 2000 }: { isActive: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [isActive, everyMs, router]);
  return null;
}
