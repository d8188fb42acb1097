import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/db/access/viewer";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getViewer()) redirect("/");
  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">Staff and clients both sign in here.</p>
      <SignInForm />
    </>
  );
}
