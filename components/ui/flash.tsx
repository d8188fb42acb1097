"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";

/**
 * A confirmation carried to the next page in its address (`?created=1`, `?done=sent`): shown once
 * as a toast, then taken out of the address so a reload or a shared link does not say it again.
 */
export function Flash({ message, param }: { message: string; param: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    toast.success(message);
    const rest = new URLSearchParams(searchParams);
    rest.delete(param);
    const query = rest.toString();
    router.replace(`${pathname}${query ? `?${query}` : ""}${window.location.hash}`, { scroll: false });
  }, [message, param, pathname, router, searchParams]);
  return null;
}
