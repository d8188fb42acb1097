import { formatHours } from "@/lib/format";

// A contract's time used against its allowance; null usage means the client may not see it.
export function UsageMeter({ usedMinutes, allowanceMinutes }: { usedMinutes: number | null; allowanceMinutes: number }) {
  if (usedMinutes === null) return <span className="text-zinc-600">Not shared</span>;
  const percent = allowanceMinutes === 0 ? 100 : Math.min(100, Math.round((usedMinutes / allowanceMinutes) * 100));
  return (
    <span className="flex items-center gap-2">
      <span
        className="h-2 w-28 overflow-hidden rounded-full bg-zinc-200"
        role="meter"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label="Allowance used"
      >
        <span className={`block h-full ${usedMinutes > allowanceMinutes ? "bg-red-600" : "bg-accent"}`} style={{ width: `${percent}%` }} />
      </span>
      {formatHours(usedMinutes)} of {formatHours(allowanceMinutes)}
    </span>
  );
}
