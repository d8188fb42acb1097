import "server-only";
import { cookies } from "next/headers";
import { env } from "@/env";

/**
 * Sets one of the portal's own cookies (active account, view-as, trusted browser): never readable
 * by scripts, sent on top-level navigations only, https-only once the portal is served over https.
 * Each holds an id or token that the server checks again on every use.
 */
export async function setPortalCookie(name: string, value: string, maxAgeSeconds: number) {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: maxAgeSeconds,
  });
}
