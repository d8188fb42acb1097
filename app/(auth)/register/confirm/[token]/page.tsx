import type { Metadata } from "next";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm your address" };

export default async function ConfirmRegistrationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="text-title">Confirm your address</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">Then we check your details against our accounts.</p>
      <ConfirmForm token={token} />
    </>
  );
}
