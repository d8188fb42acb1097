import { randomBytes } from "node:crypto";

// The policy on every page: scripts run only if they carry this response's nonce (Next.js puts it
// on its own scripts when it finds the policy on the request), and whatever those load
// ('strict-dynamic'). Nothing may frame a page, post a form elsewhere, or rebase links. Styles
// may be inline: the brand's colours are CSS variables in a style attribute.
export function contentSecurityPolicy(nonce: string, options: { isDev: boolean }): string {
  const scripts = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(options.isDev ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `frame-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/** Two years, once the portal is served over https (APP_URL): browsers then never try plain http. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
