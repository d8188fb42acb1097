import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { areSignInCodesOffered } from "@/db/access/sign-in/codes";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Sign in with a code" };

// Only when the business offers it (Settings); otherwise there is no such page.
export default async function SignInWithCodePage() {
  if (!(await areSignInCodesOffered())) notFound();
  return (
    <>
      <h1 className="text-title">Sign in with a code</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">No password needed: we email you a six-digit code that works once, for 10 minutes.</p>
      <CodeForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-ink underline">
          Sign in with a password instead
        </Link>
      </p>
    </>
  );
}
