"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { confirmEnrolmentAction, replaceRecoveryCodesAction, type EnrolmentState } from "@/app/_actions/two-factor";

/**
 * Scan (or type) the key, prove it with the app's first code, then keep the recovery codes.
 * Shared by the enrolment a sign-in may require and the two-factor page.
 */
export function TwoFactorEnrolment({ qrDataUrl, typedKey, continueHref }: { qrDataUrl: string; typedKey: string; continueHref: string }) {
  const [state, action, isPending] = useActionState<EnrolmentState, FormData>(confirmEnrolmentAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="space-y-3">
        <Notice tone="success" title="Two-factor sign-in">
          Two-factor sign-in is on.
        </Notice>
        <RecoveryCodes codes={state.recoveryCodes} continueHref={continueHref} />
      </div>
    );
  }
  return (
    <ol className="space-y-5">
      <li>
        <p className="font-medium">1. Scan this with your authenticator app</p>
        <p className="text-sm text-zinc-600">
          Google Authenticator, Microsoft Authenticator, 1Password or any app that makes six-digit codes.
        </p>
        <img
          src={qrDataUrl}
          alt="QR code for your authenticator app"
          width={192}
          height={192}
          className="mt-3 rounded border border-zinc-200"
        />
        <p className="mt-3 text-sm">
          Cannot scan it? Choose &ldquo;enter a setup key&rdquo; in the app and type:{" "}
          <code aria-label="Setup key" className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-sm break-all select-all">
            {typedKey}
          </code>
        </p>
      </li>
      <li>
        <p className="font-medium">2. Enter the code the app shows</p>
        <form action={action} className="mt-2 space-y-3" aria-label="Confirm two-factor sign-in">
          {state.error ? (
            <Notice tone="error" title="Two-factor sign-in">
              {state.error}
            </Notice>
          ) : null}
          <TextField label="Code from your app" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required />
          <Button type="submit" disabled={isPending}>
            {isPending ? "Checking…" : "Turn on two-factor sign-in"}
          </Button>
        </form>
      </li>
    </ol>
  );
}

/** Shown once, right after they are made: each code signs in once when the phone is not to hand. */
export function RecoveryCodes({ codes, continueHref }: { codes: string[]; continueHref?: string }) {
  const text = `Recovery codes (each works once):\n${codes.join("\n")}\n`;
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-3">
      <h2 id="recovery-codes-heading" className="text-section">
        Save your recovery codes
      </h2>
      <p className="text-sm text-zinc-700">
        If you lose your phone, each of these signs you in once instead of a code from the app. They are shown only now: keep them in your
        password manager or print them.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-4 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p className="flex flex-wrap gap-3">
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="recovery-codes.txt"
          className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50"
        >
          Download as a text file
        </a>
        {continueHref ? (
          <Link href={continueHref} className="rounded-md bg-brand px-3 py-2 text-sm font-semibold text-brand-contrast hover:opacity-90">
            I have saved them, continue
          </Link>
        ) : null}
      </p>
    </section>
  );
}

/** Ten new recovery codes (the old ones stop working), for a code from the app. */
export function NewRecoveryCodesForm({ continueHref }: { continueHref: string }) {
  const [state, action, isPending] = useActionState<EnrolmentState, FormData>(replaceRecoveryCodesAction, {});
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} continueHref={continueHref} />;
  return (
    <form action={action} className="space-y-3" aria-label="New recovery codes">
      {state.error ? (
        <Notice tone="error" title="New recovery codes">
          {state.error}
        </Notice>
      ) : null}
      <TextField
        label="Code from your app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        required
        hint="Your current recovery codes stop working."
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? "Making codes…" : "Make new recovery codes"}
      </Button>
    </form>
  );
}
