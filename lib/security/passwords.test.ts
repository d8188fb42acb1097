import { hashSync } from "@node-rs/bcrypt";
import { describe, expect, it } from "vitest";
import { hashPassword, judgePassword, needsRehash, verifyPassword } from "./passwords";

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

  it("verifies an imported bcrypt hash, and marks it for re-hashing", async () => {
    const imported = hashSync("grey-heron-at-dusk", { cost: 4 });
    expect(await verifyPassword(imported, "grey-heron-at-dusk")).toBe(true);
    expect(await verifyPassword(imported, "grey-heron-at-dawn")).toBe(false);
    expect(needsRehash(imported)).toBe(true);
  });

  it("never matches a bcrypt hash with a password past bcrypt's 72 bytes", async () => {
    // bcrypt hashes only the first 72 bytes: these two differ after that and would share a hash.
    const shared = "a".repeat(72);
    const imported = hashSync(`${shared}-right-tail`, { cost: 4 });
    expect(await verifyPassword(imported, `${shared}-wrong-tail`)).toBe(false);
    expect(await verifyPassword(imported, `${shared}-right-tail`)).toBe(false);
    // Multi-byte characters count by their bytes: 36 × "é" is 72 bytes and still verifies.
    const accented = "é".repeat(36);
    expect(await verifyPassword(hashSync(accented, { cost: 4 }), accented)).toBe(true);
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

  it.each([
    ["Brightwater Studio 2026", ["lena@harbour-logistics.example", "Lena Brandt", "Harbour Logistics", "Brightwater Studio"]],
    ["lena brandt harbour", ["lena@harbour-logistics.example", "Lena Brandt", "Harbour Logistics", "Brightwater Studio"]],
    ["BrightwaterStudio!!2026", ["Brightwater Studio"]],
    ["harbour.logistics.1999", ["Harbour Logistics"]],
  ])("refuses %s: it is made of names, and says so", (password, words) => {
    expect(judgePassword(password, words)).toEqual({ ok: false, reason: expect.stringContaining("mostly names") });
  });

  it("accepts a password that only contains a name among other words", () => {
    expect(judgePassword("lena paints violet giraffes", ["Lena Brandt"])).toEqual({ ok: true });
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
