import { describe, expect, it } from "vitest";
import { isValidInboundSignature, signInboundEmail } from "./signature";

const secret = "a-shared-secret-of-enough-length";
const body = JSON.stringify({ from: "Dana <dana@example.com>" });
const now = 1_800_000_000;

function headersFor(timestamp: number, signature: string) {
  return new Headers({ "x-portal-timestamp": String(timestamp), "x-portal-signature": signature });
}

describe("inbound email signature", () => {
  it("accepts a fresh request signed with the secret", () => {
    expect(isValidInboundSignature(secret, headersFor(now, signInboundEmail(secret, String(now), body)), body, now)).toBe(true);
  });

  it("refuses another secret, a changed body, a missing header and a replay after five minutes", () => {
    const signature = signInboundEmail(secret, String(now), body);
    expect(
      isValidInboundSignature(secret, headersFor(now, signInboundEmail("another-secret-entirely!!", String(now), body)), body, now),
    ).toBe(false);
    expect(isValidInboundSignature(secret, headersFor(now, signature), body.replace("Dana", "Eve"), now)).toBe(false);
    expect(isValidInboundSignature(secret, new Headers(), body, now)).toBe(false);
    expect(isValidInboundSignature(secret, headersFor(now, signature), body, now + 301)).toBe(false);
  });
});
