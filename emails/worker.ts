import { unsafeClaimDueEmails, unsafeRecordDelivery, unsafeRecordFailedAttempt } from "@/db/access/outbox";
import { unsafeSweepThrottles } from "@/db/access/throttle";
import { redactSecrets, renderEmail } from "./templates";
import { configuredTransport, type Transport } from "./transport";

/** Claims what is due, renders and delivers it; a failure is recorded and retried later. Returns how many it handled. */
export async function deliverDueEmails(options: { transport?: Transport; limit?: number } = {}): Promise<number> {
  const transport = options.transport ?? configuredTransport();
  const batch = await unsafeClaimDueEmails(options.limit ?? 20);
  for (const email of batch) {
    try {
      const { html, text } = await renderEmail(email.template, email.props);
      const result = await transport({ id: email.id, to: email.toAddress, subject: email.subject, html, text });
      await unsafeRecordDelivery(email.id, result, result.status === "sent" ? redactSecrets(email.template, email.props) : email.props);
    } catch (error) {
      await unsafeRecordFailedAttempt(email.id, error instanceof Error ? error.message : String(error));
    }
  }
  return batch.length;
}

/** Runs until the signal aborts: works through the outbox, then polls once a second while it is empty. */
export async function runMailWorker(options: { signal: AbortSignal; log: (line: string) => void; idleMs?: number }) {
  let lastSweep = 0;
  while (!options.signal.aborted) {
    let handled = 0;
    try {
      handled = await deliverDueEmails();
      // Housekeeping rides along: expired throttle counters, every ten minutes.
      if (Date.now() - lastSweep > 10 * 60_000) {
        await unsafeSweepThrottles();
        lastSweep = Date.now();
      }
    } catch (error) {
      // Drizzle wraps the driver's error around the whole query text; the cause says what went wrong.
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      options.log(`Outbox unavailable, retrying: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    if (handled === 0) await sleep(options.idleMs ?? 1000, options.signal);
  }
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal.addEventListener("abort", wake, { once: true });
  });
}
