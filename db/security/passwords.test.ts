import { describe, expect, it } from "vitest";
import { hashPassword, judgePassword, verifyPassword } from "./passwords";

describe("password hashing", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("plum-kettle-orbit-canvas");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "plum-kettle-orbit-canvas")).toBe(true);
    expect(await verifyPassword(hash, "plum-kettle-orbit-canvaS")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password twice")).not.toBe(await hashPassword("same password twice"));
  });

  it("treats a malformed stored hash as a mismatch, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });
});

describe("password policy", () => {
  it("refuses fewer than 12 characters, saying so", () => {
    expect(judgePassword("tiny-pass1!")).toEqual({ ok: false, reason: "Use at least 12 characters." });
  });

  it.each(["password1234", "qwertyuiop123", "111111111111", "iloveyou2024"])("refuses the common password %s with a reason", (password) => {
    const verdict = judgePassword(password);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(10);
  });

  it("refuses a password made of the person's own details", () => {
    expect(judgePassword("caseycontact", ["casey.contact@example.test", "Casey Contact"]).ok).toBe(false);
  });

  it("has no composition rules: a long lower-case passphrase is fine", () => {
    expect(judgePassword("marble otter drifts sideways")).toEqual({ ok: true });
  });

  it("accepts long passwords (128 and 256 characters) and refuses longer ones", () => {
    const long = "correct horse battery staple ".repeat(10);
    expect(judgePassword(long.slice(0, 128))).toEqual({ ok: true });
    expect(judgePassword(long.padEnd(256, "x").slice(0, 256))).toEqual({ ok: true });
    expect(judgePassword("x".repeat(257)).ok).toBe(false);
  });
});
