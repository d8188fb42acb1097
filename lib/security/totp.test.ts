import { describe, expect, it } from "vitest";
import { seal, unseal } from "./server-keys";
import { formatTotpKey, matchTotpStep, newTotpKey, parseTotpKey, totpCodeAt, totpStepAt } from "./totp";

describe("authenticator codes", () => {
  const now = 1_795_000_015; // a moment inside a step

  it("accept this step's code and its neighbours', nothing further off", () => {
    const key = newTotpKey();
    const step = totpStepAt(now);
    expect(matchTotpStep(key, totpCodeAt(key, now), now, 0)).toBe(step);
    expect(matchTotpStep(key, totpCodeAt(key, now - 30), now, 0)).toBe(step - 1);
    expect(matchTotpStep(key, totpCodeAt(key, now + 30), now, 0)).toBe(step + 1);
    const farOff = [totpCodeAt(key, now - 60), totpCodeAt(key, now + 60)].filter(
      (code) => code !== totpCodeAt(key, now) && code !== totpCodeAt(key, now - 30) && code !== totpCodeAt(key, now + 30),
    );
    for (const code of farOff) expect(matchTotpStep(key, code, now, 0)).toBeNull();
  });

  it("never accept a code at or before the last step used, nor anything but six digits", () => {
    const key = newTotpKey();
    const step = totpStepAt(now);
    expect(matchTotpStep(key, totpCodeAt(key, now), now, step)).toBeNull();
    expect(matchTotpStep(key, totpCodeAt(key, now - 30), now, step - 1)).toBeNull();
    expect(matchTotpStep(key, totpCodeAt(key, now + 30), now, step)).toBe(step + 1);
    expect(matchTotpStep(key, "12345", now, 0)).toBeNull();
    expect(matchTotpStep(key, "abcdef", now, 0)).toBeNull();
  });

  it("match what an app makes from the typed key (RFC 6238 test vector)", () => {
    // RFC 6238, SHA-1 key "12345678901234567890" at 59 s: 94287082, of which apps show the last six.
    const key = parseTotpKey(formatTotpKey(new TextEncoder().encode("12345678901234567890")));
    expect(totpCodeAt(key, 59)).toBe("287082");
    expect(formatTotpKey(key)).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  });
});

describe("sealed secrets", () => {
  it("open only for the person they were sealed for, and not once altered", () => {
    const secret = newTotpKey();
    const sealed = seal("two-factor-secret", secret, "person-a");
    expect(unseal("two-factor-secret", sealed, "person-a")).toEqual(secret);
    expect(unseal("two-factor-secret", sealed, "person-b")).toBeNull();
    const [version, iv, tag, body] = sealed.split(".");
    const flipped = `${body!.startsWith("A") ? "B" : "A"}${body!.slice(1)}`;
    expect(unseal("two-factor-secret", [version, iv, tag, flipped].join("."), "person-a")).toBeNull();
    expect(unseal("two-factor-secret", "not sealed", "person-a")).toBeNull();
    expect(sealed).not.toContain(Buffer.from(secret).toString("base64url"));
  });
});
