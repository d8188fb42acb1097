import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { env } from "./env";
import { devHosts, machineAddresses, serverActionOrigins } from "./lib/dev-origins";
import { LARGEST_BODY_LIMIT } from "./lib/request-limits";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // X-Frame-Options is set by server.ts with the policy, so a route's own (a preview) can replace it.
  // Invitation and reset links carry a token in the path: never leak it to other sites. Not
  // "no-referrer": with it, browsers send `Origin: null` on a form posted before scripts have run,
  // and Next.js rightly refuses such a server action as cross-site.
  { key: "Referrer-Policy", value: "same-origin" },
];

export default function nextConfig(phase: string): NextConfig {
  const isDev = phase === PHASE_DEVELOPMENT_SERVER;
  const addresses = isDev ? machineAddresses() : [];
  return {
    poweredByHeader: false,
    // The dev server opened as 127.0.0.1 or by its network address works as it does on localhost
    // (lib/dev-origins.ts).
    ...(isDev ? { allowedDevOrigins: devHosts(env.APP_URL, addresses) } : {}),
    // Native and Node-only packages stay outside the server bundle.
    // rate-limiter-flexible loads drizzle-orm at run time, so both stay as plain Node packages.
    serverExternalPackages: ["@node-rs/argon2", "@node-rs/bcrypt", "postgres", "rate-limiter-flexible", "drizzle-orm"],
    // Contact spreadsheets and branding images go through server actions (files stream to
    // /api/files). server.ts holds every other path to a small limit before Next.js reads the body
    // (lib/request-limits.ts).
    experimental: {
      serverActions: {
        bodySizeLimit: LARGEST_BODY_LIMIT,
        allowedOrigins: serverActionOrigins(env.APP_URL, env.PORT, { isDev, addresses }),
      },
    },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders }];
    },
  };
}
