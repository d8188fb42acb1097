import { networkInterfaces } from "node:os";

// The development server is opened as localhost, as 127.0.0.1, or from another device on the
// network by the address it prints. Next.js blocks its dev resources (hot reload, on-demand
// chunks) for any host it was not told of, and refuses a server action whose origin differs from
// the host it expects, so it is told of each of these. Production allows only APP_URL's own host.

/** The machine's own IPv4 and IPv6 addresses, without link-local ones a browser cannot use. */
export function machineAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !entry.address.startsWith("fe80:"))
    .map((entry) => entry.address);
}

/** Hosts (no port) the dev server serves its resources to. */
export function devHosts(appUrl: string, addresses: string[]): string[] {
  return [...new Set(["localhost", "127.0.0.1", new URL(appUrl).hostname, ...addresses])];
}

/** `host:port` origins whose server actions are accepted: in development every dev host, otherwise APP_URL's. */
export function serverActionOrigins(appUrl: string, port: number, options: { isDev: boolean; addresses: string[] }): string[] {
  const app = new URL(appUrl).host;
  if (!options.isDev) return [app];
  const withPort = devHosts(appUrl, options.addresses).map((host) => (host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`));
  return [...new Set([app, ...withPort])];
}
