"use server";

import { setPortalCookie } from "@/app/_actions/portal-cookie";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, signOut } from "@/auth";
import { signedInAction } from "./action";
import {
  cancelPendingSignIn,
  checkSecondStep,
  confirmEnrolment,
  replaceRecoveryCodes,
  turnOffTwoFactor,
} from "@/db/access/sign-in/two-factor";
import { TRUSTED_BROWSER_COOKIE, TRUSTED_BROWSER_DAYS } from "@/db/access/sign-in/two-factor-policy";
import { getPendingSignIn, getViewer } from "@/db/access/viewer/viewer";
import { tooManyRequests } from "@/app/_actions/email-request";

// Two-factor sign-in's forms: the code after the password, enrolling (required or by choice), new
// recovery codes, and turning it off. Each is a public endpoint, so each finds out again who is
// asking and what step they are at.

export type EnrolmentState = { error?: string; recoveryCodes?: string[] };

const codeSchema = z.object({ code: z.string().trim().min(1, "Enter the code.").max(40, "That is longer than any code.") });
const WRONG_APP_CODE =
  "That code did not work. Enter the six digits your app shows now; if it keeps failing, check that your phone's clock is set automatically.";
const SIGN_IN_AGAIN = "Your sign-in has expired. Sign in again.";

/** Enrolling: during sign-in where it is required, or from the two-factor page by choice. */
export async function confirmEnrolmentAction(_previous: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  const who = (await getViewer()) ?? (await getPendingSignIn());
  if (!who) return { error: SIGN_IN_AGAIN };
  const parsed = codeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await confirmEnrolment(who, parsed.data.code, clientIp(await headers()));
  if (result.outcome === "throttled") return { error: tooManyRequests(result.retryAfterSeconds) };
  if (result.outcome === "refused") return { error: WRONG_APP_CODE };
  // No revalidation: the page would re-render past the codes, which are shown only now.
  return { recoveryCodes: result.recoveryCodes };
}

export type SecondStepState = { error?: string };

const secondStepSchema = codeSchema.extend({ trustBrowser: z.enum(["on"]).optional() });

/** The code after the password: from the app, or a recovery code. */
export async function secondStepAction(_previous: SecondStepState, formData: FormData): Promise<SecondStepState> {
  const pending = await getPendingSignIn();
  if (!pending) redirect("/sign-in");
  const parsed = secondStepSchema.safeParse({ code: formData.get("code"), trustBrowser: formData.get("trustBrowser") ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await checkSecondStep(
    pending,
    { code: parsed.data.code, trustBrowser: parsed.data.trustBrowser === "on" },
    clientIp(await headers()),
  );
  if (result.outcome === "throttled") return { error: tooManyRequests(result.retryAfterSeconds) };
  if (result.outcome === "refused")
    return { error: "That code did not work. Enter the six digits your app shows now, or one of your unused recovery codes." };
  if (result.trustedBrowserToken)
    await setPortalCookie(TRUSTED_BROWSER_COOKIE, result.trustedBrowserToken, TRUSTED_BROWSER_DAYS * 24 * 3600);
  redirect("/");
}

/** "Cancel" on a sign-in step: the waiting session ends, back to the sign-in page. */
export async function cancelSignInAction() {
  const pending = await getPendingSignIn();
  if (pending) await cancelPendingSignIn(pending);
  await signOut({ redirectTo: "/sign-in" });
}

/** Ten new recovery codes, for a code from the app; the old ones stop working. */
export const replaceRecoveryCodesAction = signedInAction<typeof codeSchema, EnrolmentState>(
  codeSchema,
  async ({ code }, { viewer, ip }) => {
    const result = await replaceRecoveryCodes(viewer, code, ip);
    if (result.outcome === "throttled") return { error: tooManyRequests(result.retryAfterSeconds) };
    if (result.outcome === "refused") return { error: WRONG_APP_CODE };
    return { recoveryCodes: result.recoveryCodes };
  },
  { explain: "message" },
);

const turnOffSchema = codeSchema.extend({ password: z.string().min(1, "Enter your password.").max(1024) });

/** Turning two-factor off: the password and a code, and only where nobody requires it. */
export const turnOffTwoFactorAction = signedInAction(
  turnOffSchema,
  async (input, { viewer, ip }) => {
    const result = await turnOffTwoFactor(viewer, input, ip);
    switch (result.outcome) {
      case "required":
        return {
          error:
            result.requirement === "role"
              ? "Your business requires two-factor sign-in for owners and admins, so it stays on."
              : "One of your accounts requires two-factor sign-in, so it stays on.",
        };
      case "wrong_password":
        return { error: "That password is not right. Two-factor sign-in is still on." };
      case "throttled":
        return { error: tooManyRequests(result.retryAfterSeconds) };
      case "refused":
        return { error: "That code did not work. Two-factor sign-in is still on." };
    }
    revalidatePath("/", "layout");
    return { ok: true, message: "Two-factor sign-in is off. Your password alone now signs you in." };
  },
  { explain: "message" },
);
