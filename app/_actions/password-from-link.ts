import "server-only";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { getPublicBranding } from "@/db/access/branding/live";
import type { LinkHolder } from "@/db/access/sign-in/guessable-words";
import { hashPassword, judgePassword, PASSWORD_MAX_LENGTH } from "@/lib/security/passwords";
import type { SetPasswordState } from "@/components/auth/set-password-form";

const setPasswordSchema = z.object({
  token: z.string().max(100),
  password: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  confirm: z.string().max(PASSWORD_MAX_LENGTH),
});

type LinkSteps = {
  /** Who the link is for, or why it cannot be used. */
  inspect: (token: string) => Promise<LinkHolder | { state: "used" | "cancelled" | "expired" | "unknown" }>;
  /** Uses the link and stores the hash; null if it stopped working meanwhile. */
  use: (token: string, passwordHash: string) => Promise<{ email: string } | null>;
  problems: Record<"used" | "cancelled" | "expired" | "unknown", { title: string }>;
  usedMeanwhile: string;
};

/**
 * The shared body of the invitation and reset actions: the token is the only credential, so it is
 * checked again here; the password is judged, hashed, stored with the token's single use, and the
 * person signed in.
 */
export async function setPasswordFromLink(formData: FormData, steps: LinkSteps): Promise<SetPasswordState> {
  const parsed = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: { password: parsed.error.issues[0]?.message } };
  const { token, password, confirm } = parsed.data;

  const link = await steps.inspect(token);
  if (link.state !== "valid") return { error: steps.problems[link.state].title };

  const brand = await getPublicBranding();
  const verdict = judgePassword(password, [link.name, brand.portalName, ...link.guessableWords]);
  if (!verdict.ok) return { fieldErrors: { password: verdict.reason } };
  if (password !== confirm) return { fieldErrors: { confirm: "The two passwords are different. Type the same password twice." } };

  const stored = await steps.use(token, await hashPassword(password));
  if (!stored) return { error: steps.usedMeanwhile };

  try {
    await signIn("credentials", { email: stored.email, password, redirectTo: "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "Your password is set, but signing in failed. Sign in with your new password." };
    throw error;
  }
}
