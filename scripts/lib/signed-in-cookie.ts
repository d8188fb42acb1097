// Signs a person in through the one password check (limits, argon2id, a session row), then writes
// the session cookie exactly as Auth.js would have set it: for scripts that measure signed-in pages.
export async function signedInCookie(email: string, password: string, userAgent: string) {
  const { unsafeCheckPassword } = await import("../../db/access/sign-in/password-check");
  const { encode } = await import("next-auth/jwt");
  const check = await unsafeCheckPassword({ email, password, ip: "127.0.0.1", userAgent });
  if (check.outcome !== "signed_in") throw new Error(`Signing in ${email} failed: ${check.outcome}`);
  const salt = "authjs.session-token";
  const token = await encode({
    token: { sub: check.person.id, sid: check.person.sessionId },
    secret: process.env.AUTH_SECRET!,
    salt,
    maxAge: 12 * 3600,
  });
  return `${salt}=${token}`;
}

/** Waits for a server's health address to answer, for up to two minutes. */
export async function waitUntilUp(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer at ${url}`);
}
