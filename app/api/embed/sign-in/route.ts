import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { isEmbedOriginAllowed } from "@/db/access/sign-in/embed";
import { env } from "@/env";

// The embeddable sign-in form: a plain HTML form on the business's own website posts `Login` and
// `Pass` here. Only origins on the console's allow-list are accepted (a cross-site POST is the
// point, so the Origin header is the guard against signing people in from elsewhere). Every
// failure goes back to the sign-in page with the same generic message.

const embedSchema = z.object({ Login: z.string().trim().toLowerCase().email().max(320), Pass: z.string().min(1).max(1024) });

export async function POST(request: Request) {
  const failed = Response.redirect(`${env.APP_URL}/sign-in?error=embed`, 303);
  if (!(await isEmbedOriginAllowed(originOf(request)))) return failed;

  const form = await request.formData().catch(() => null);
  const parsed = embedSchema.safeParse({ Login: form?.get("Login"), Pass: form?.get("Pass") });
  if (!parsed.success) return failed;

  try {
    // The same check as the sign-in page, limits included (auth.ts → unsafeCheckPassword).
    // Staff land in the console and clients in the portal: "/" sends each on.
    await signIn("credentials", { email: parsed.data.Login, password: parsed.data.Pass, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return failed;
    throw error;
  }
  return Response.redirect(`${env.APP_URL}/`, 303);
}

// Browsers send Origin with a cross-site form POST; older ones only a Referer.
function originOf(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return origin;
  const referer = request.headers.get("referer");
  try {
    return referer ? new URL(referer).origin : null;
  } catch {
    return null;
  }
}
