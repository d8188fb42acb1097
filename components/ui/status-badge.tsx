const styles: Record<string, string> = {
  active: "bg-green-100 text-green-800",
  sent: "bg-green-100 text-green-800",
  captured: "bg-blue-100 text-blue-800",
  invited: "bg-blue-100 text-blue-800",
  queued: "bg-amber-100 text-amber-900",
  sending: "bg-amber-100 text-amber-900",
  offline: "bg-zinc-200 text-zinc-800",
  invitation_expired: "bg-zinc-200 text-zinc-800",
  not_invited: "bg-zinc-100 text-zinc-700",
  failed: "bg-red-100 text-red-800",
};

/** A state as a badge; `label` when the state has its own words (an email's: lib/email-states.ts). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${styles[status] ?? "bg-zinc-100 text-zinc-700"}`}>
      {label ?? status.replaceAll("_", " ")}
    </span>
  );
}
