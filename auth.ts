import NextAuth, { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { unsafeCheckSignInCode } from "@/db/access/sign-in/codes";
import { unsafeCheckPassword, type PasswordCheck, type SignInFrom } from "@/db/access/sign-in/password-check";
import { TRUSTED_BROWSER_COOKIE } from "@/db/access/sign-in/two-factor-policy";
import { env } from "@/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().max(1024),
});
const codeSchema = z.object({ email: z.string().trim().toLowerCase().email().max(320), code: z.string().trim().max(12) });

// Both ways in end the same: throttled, refused (one message for every reason), or a session.
function toUser(check: PasswordCheck) {
  if (check.outcome === "throttled") throw new ThrottledSignIn(check.retryAfterSeconds);
  if (check.outcome === "refused") return null;
  return { id: check.person.id, sessionId: check.person.sessionId };
}

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionId?: string;
  }
}

/** Thrown by the one password check when the address or IP has used up its attempts. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

// Sessions are JWTs carrying only the person's id and the id of their row in
// `sessions`. Whether the session still stands is read from the database on every request
// (db/access/viewer.ts). Auth.js's HTTP routes are not mounted: every sign-in and sign-out goes
// through a server action or route of ours calling signIn/signOut, so there is no endpoint that
// takes a password without our checks. (authorize below applies the limits in any case.)
export const { auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return toUser(await unsafeCheckPassword({ ...parsed.data, ...(await signInFrom(request)) }));
      },
    }),
    // "Email me a sign-in code": a six-digit code instead of a password, for clients, when the business allows it.
    Credentials({
      id: "email-code",
      credentials: { email: {}, code: {} },
      async authorize(raw, request) {
        const parsed = codeSchema.safeParse(raw);
        if (!parsed.success) return null;
        return toUser(await unsafeCheckSignInCode({ ...parsed.data, ...(await signInFrom(request)) }));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionId?: string };
        token.sub = signedIn.id;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: token.sub,
        sessionId: typeof token.sid === "string" ? token.sid : undefined,
      };
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
});

// Where a sign-in comes from, and whether this browser was trusted to skip the two-factor code.
async function signInFrom(request: Request): Promise<SignInFrom> {
  return {
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent") ?? undefined,
    trustedBrowserToken: (await cookies()).get(TRUSTED_BROWSER_COOKIE)?.value,
  };
}

// Set by our server (server.ts) from the socket, never taken from what the client wrote.
export function clientIp(headers: Headers): string | undefined {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? undefined;
}
