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

/** Judges a new password; `personalWords` are the person's email, name and the business name. */
export function judgePassword(password: string, personalWords: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, reason: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, reason: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  const words = personalWords.flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 2);
  const result = strength.check(password, words);
  if (result.score >= MIN_STRENGTH_SCORE) return { ok: true };
  const why = result.feedback.warning ?? "This password would be easy to guess.";
  const hint = result.feedback.suggestions[0] ?? "Try a few unrelated words together.";
  return { ok: false, reason: `${why} ${hint}`.trim() };
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

/** Checks a password against our argon2id hashes, and against bcrypt or argon2 hashes imported from a previous website. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    if (/^\$2[aby]\$/.test(storedHash)) return await verifyBcrypt(password, storedHash);
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
