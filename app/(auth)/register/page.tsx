import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/env";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Register" };

export default function RegisterPage() {
  return (
    <>
      <h1 className="text-title">Register</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        To join your company’s account, give its account number, billing postcode and the number of an invoice from the last{" "}
        {env.REGISTRATION_INVOICE_WINDOW_DAYS} days. We first confirm your email address; nothing is created before that.
      </p>
      <RegisterForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-ink underline">
          Already registered? Sign in
        </Link>
      </p>
    </>
  );
}
