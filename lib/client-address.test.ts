import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf, compileTrustedProxies, normaliseAddress } from "./client-address";

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const nobody = compileTrustedProxies([]);
    expect(clientAddressOf(request("198.51.100.4", "203.0.113.77"), nobody)).toBe("198.51.100.4");
    expect(clientAddressOf(request("::ffff:198.51.100.4", "203.0.113.77, 10.0.0.1"), nobody)).toBe("198.51.100.4");
  });

  it("is what a trusted proxy forwarded, skipping trusted hops from the right", () => {
    const trust = compileTrustedProxies(["10.0.0.0/8", "127.0.0.1"]);
    expect(clientAddressOf(request("127.0.0.1", "203.0.113.77"), trust)).toBe("203.0.113.77");
    // The client wrote the first entry itself; the proxies appended the rest.
    expect(clientAddressOf(request("10.0.0.2", "6.6.6.6, 203.0.113.77, 10.0.0.9"), trust)).toBe("203.0.113.77");
    // A peer that is not on the list is the client, even if it sends the header.
    expect(clientAddressOf(request("198.51.100.4", "203.0.113.77"), trust)).toBe("198.51.100.4");
  });

  it("refuses a bad TRUSTED_PROXIES entry", () => {
    expect(() => compileTrustedProxies(["10.0.0.0/99"])).toThrow();
    expect(() => compileTrustedProxies(["not-an-address"])).toThrow();
  });

  it("writes IPv4 peers on a dual-stack socket the way people know them", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8::1");
  });
});
