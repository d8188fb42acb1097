import {
  unsafeClaimDueEmails,
  unsafeRecordDelivery,
  unsafeRecordFailedAttempts,
  unsafeRecordUnrenderable,
} from "@/db/access/outbox/outbox";
import { unsafeRunNextImport } from "@/db/access/people/imports";
import { unsafeMoveFilesToStore } from "@/db/access/records/file-move";
import { unsafeSweepThrottles } from "@/db/access/sign-in/throttle";
import { redactSecrets } from "../emails/catalog";
import { renderEmail } from "../emails/templates";
import { BATCH_SIZE, configuredTransport, type OutgoingEmail, type Transport } from "../emails/transport";

/**
 * Claims up to one batch of due emails, renders them and hands them to the transport in one call,
 * keyed by the batch. A refused batch (429, 5xx, network) goes back to the queue whole, with
 * backoff, and keeps its members and key: nothing is lost, and nothing accepted is sent again.
 * Returns how many it handled.
 */
export async function deliverDueEmails(options: { transport?: Transport; limit?: number } = {}): Promise<number> {
  const transport = options.transport ?? configuredTransport();
  const batch = await unsafeClaimDueEmails(Math.min(options.limit ?? BATCH_SIZE, BATCH_SIZE));
  if (batch.length === 0) return 0;

  const ready: (OutgoingEmail & { template: string; props: unknown })[] = [];
  for (const email of batch) {
    try {
      const { html, text } = await renderEmail(email.template, email.props);
      ready.push({
        id: email.id,
        to: email.toAddress,
        subject: email.subject,
        html,
        text,
        listUnsubscribe: email.listUnsubscribe,
        replyTo: email.replyTo,
        template: email.template,
        props: email.props,
      });
    } catch (error) {
      // A template that cannot render will not render on a retry either.
      await unsafeRecordUnrenderable(email.id, describe(error));
    }
  }
  if (ready.length === 0) return batch.length;

  try {
    const batchKey = batch[0]!.batchId!;
    const results = await transport(
      ready.map(({ id, to, subject, html, text, listUnsubscribe, replyTo }) => ({ id, to, subject, html, text, listUnsubscribe, replyTo })),
      { batchKey },
    );
    await Promise.all(
      ready.map((email, index) => {
        const result = results[index] ?? { status: "sent" as const };
        return unsafeRecordDelivery(email.id, result, result.status === "sent" ? redactSecrets(email.template, email.props) : email.props);
      }),
    );
  } catch (error) {
    await unsafeRecordFailedAttempts(
      ready.map((email) => email.id),
      describe(error),
    );
  }
  return batch.length;
}

/** Runs until the signal aborts: works through the outbox, then polls once a second while it is empty. */
export async function runWorker(options: { signal: AbortSignal; log: (line: string) => void; idleMs?: number }) {
  let lastSweep = 0;
  while (!options.signal.aborted) {
    let handled = 0;
    try {
      handled = await deliverDueEmails();
      // Imports committed in the console are written here too, one at a time, off the web servers.
      if (await unsafeRunNextImport()) handled++;
      // Files from before the file store move out of the database, a batch at a time.
      handled += await unsafeMoveFilesToStore();
      // Housekeeping rides along: expired throttle counters, every ten minutes.
      if (Date.now() - lastSweep > 10 * 60_000) {
        await unsafeSweepThrottles();
        lastSweep = Date.now();
      }
    } catch (error) {
      options.log(`Outbox unavailable, retrying: ${describe(error)}`);
    }
    if (handled === 0) await sleep(options.idleMs ?? 1000, options.signal);
  }
}

// Drizzle wraps the driver's error around the whole query text; the cause says what went wrong.
function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
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
