import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { areSignInCodesOffered } from "@/db/access/sign-in/codes";
import { getPendingSignIn, getViewer, pendingStepPath } from "@/db/access/viewer/viewer";
import { GENERIC_FAILURE } from "./messages";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getViewer()) redirect("/");
  // A right password still owing its two-factor step goes back to that step.
  const pending = await getPendingSignIn();
  if (pending) redirect(pendingStepPath(pending));
  // The embeddable form on the business's own site comes back here when a sign-in fails.
  const fromEmbed = (await searchParams).error === "embed";
  const offersCodes = await areSignInCodesOffered();
  return (
    <>
      <h1 className="text-title">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">Staff and clients both sign in here.</p>
      <SignInForm initialError={fromEmbed ? GENERIC_FAILURE : undefined} />
      <p className="mt-6 flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="text-brand-ink underline">
          Forgot password?
        </Link>
        <Link href="/forgot-username" className="text-brand-ink underline">
          Forgot username?
        </Link>
      </p>
      {offersCodes ? (
        <p className="mt-3 text-sm">
          <Link href="/sign-in/code" className="text-brand-ink underline">
            Email me a sign-in code
          </Link>{" "}
          instead of using a password.
        </p>
      ) : null}
      <p className="mt-3 text-sm text-zinc-600">
        Never set a password? Enter your email and sign in: we will email you a link to choose one.
      </p>
      <p className="mt-3 text-sm">
        New here?{" "}
        <Link href="/register" className="text-brand-ink underline">
          Register
        </Link>{" "}
        with your company’s account details.
      </p>
    </>
  );
}
