import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/**
 * The header our own server (server.ts) sets on every request before Next.js sees it, replacing
 * whatever the client sent under that name. Nothing else is believed about where a request came from.
 */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

export type ProxyTrust = (address: string, hop: number) => boolean;

/** Compiles TRUSTED_PROXIES (addresses, CIDRs, or proxy-addr's names such as `loopback`); throws on a bad entry. */
export function compileTrustedProxies(entries: string[]): ProxyTrust {
  return proxyaddr.compile(entries);
}

/**
 * The socket's peer, unless that peer is a trusted proxy: then X-Forwarded-For is read from the
 * right, skipping trusted hops, as Express does. With nobody trusted, the header is ignored.
 */
export function clientAddressOf(request: IncomingMessage, trust: ProxyTrust): string {
  return normaliseAddress(proxyaddr(request, trust));
}

/** `::ffff:203.0.113.9` is how Node shows an IPv4 peer on a dual-stack socket; people know it as `203.0.113.9`. */
export function normaliseAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  return parsed.toString();
}
