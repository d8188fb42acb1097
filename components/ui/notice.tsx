import type { ReactNode } from "react";

const tones = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-green-200 bg-green-50 text-green-800",
  info: "border-blue-200 bg-blue-50 text-blue-900",
};

// Errors are announced at once (role=alert); confirmations politely (role=status).
export function Notice({ tone, title, children }: { tone: keyof typeof tones; title?: string; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-label={title} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}

/** A form's answer from its server action: the error, or the confirmation. */
export function ActionNotice({ state, title }: { state: { ok?: boolean; message?: string; error?: string }; title: string }) {
  if (state.error)
    return (
      <Notice tone="error" title={title}>
        {state.error}
      </Notice>
    );
  if (state.ok && state.message)
    return (
      <Notice tone="success" title={title}>
        {state.message}
      </Notice>
    );
  return null;
}
