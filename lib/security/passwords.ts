import { hash, verify } from "@node-rs/argon2";
import { verify as verifyBcrypt } from "@node-rs/bcrypt";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// NIST 800-63B: a length floor, no composition rules, common and guessable passwords refused.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
const MIN_STRENGTH_SCORE = 3;

// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
const ARGON2ID = 2;
const hashOptions = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const strength = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

export type PasswordVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Judges a new password; `personalWords` are what an attacker would try first: the person's email
 * and name, their accounts' names and the business's name.
 */
export function judgePassword(password: string, personalWords: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, reason: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, reason: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  const words = [...new Set(personalWords.flatMap((word) => word.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 2))];
  if (isMadeOfNames(password, words)) {
    return {
      ok: false,
      reason:
        "This password is mostly names (yours, your company's or the business's), which are the first thing anyone would guess. Add words that have nothing to do with you or your work.",
    };
  }
  const result = strength.check(password, words);
  if (result.score >= MIN_STRENGTH_SCORE) return { ok: true };
  const why = result.feedback.warning ?? "This password would be easy to guess.";
  const hint = result.feedback.suggestions[0] ?? "Try a few unrelated words together.";
  return { ok: false, reason: `${why} ${hint}`.trim() };
}

// zxcvbn scores "Brightwater Studio 2026" as strong: the years and spaces hide the names from it.
// So, with digits, spaces and punctuation dropped, at most a quarter of the letters may be left
// once every personal word is taken out.
function isMadeOfNames(password: string, words: string[]): boolean {
  let letters = password.toLowerCase().replace(/[^\p{L}]+/gu, "");
  if (letters.length === 0) return false;
  const total = letters.length;
  for (const word of [...words].sort((a, b) => b.length - a.length)) letters = letters.replaceAll(word, "");
  return letters.length <= Math.max(3, total / 4);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

// bcrypt reads only the first 72 bytes: past that, two different passwords share a hash.
const BCRYPT_MAX_BYTES = 72;

/** Checks a password against our argon2id hashes, and against bcrypt or argon2 hashes imported from a previous website. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    if (/^\$2[aby]\$/.test(storedHash)) {
      // A longer password could only match through truncation, so it never matches: its owner
      // chooses a new one by "forgot password" (the old site kept only the first 72 bytes anyway).
      if (Buffer.byteLength(password, "utf8") > BCRYPT_MAX_BYTES) return false;
      return await verifyBcrypt(password, storedHash);
    }
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

const CURRENT_PREFIX = `$argon2id$v=19$m=${hashOptions.memoryCost},t=${hashOptions.timeCost},p=${hashOptions.parallelism}$`;

/** True for imported hashes (bcrypt, other argon2 settings): re-hash them at the next successful sign-in. */
export function needsRehash(storedHash: string): boolean {
  return !storedHash.startsWith(CURRENT_PREFIX);
}

// Verifying against this when the person is unknown keeps the timing of both answers alike.
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy password that never matches anything");
  await verifyPassword(await decoyHash, password);
  return false;
}
