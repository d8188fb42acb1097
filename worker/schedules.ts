import { run, type Runner, type TaskList } from "graphile-worker";
import { unsafeQueueDigests } from "@/db/access/collaboration/notifications";
import { unsafeSendDueReminders } from "@/db/access/sign-offs/reminders";

// Scheduled work runs on graphile-worker (decision 0012): its crontab fires each task once per
// period across every worker process, and it retries a failed run with backoff. The tasks
// themselves are safe to run twice (the digest releases the rows it sends in the same transaction;
// a round's automatic sign-off reminder is claimed by a unique row before it is sent).

export const scheduledTasks: TaskList = {
  send_digests: async (_payload, helpers) => {
    const count = await unsafeQueueDigests();
    if (count) helpers.logger.info(`Queued ${count} daily digest${count === 1 ? "" : "s"}`);
  },
  send_sign_off_reminders: async (_payload, helpers) => {
    const count = await unsafeSendDueReminders();
    if (count) helpers.logger.info(`Reminded ${count} sign-off approver${count === 1 ? "" : "s"}`);
  },
};

/**
 * The crontab: the digest at `digestCron` (UTC), and sign-off reminders at five past every hour; a
 * missed run within the last 12 hours (reminders: 2) is caught up once.
 */
export function crontabFor(digestCron: string) {
  return `${digestCron} send_digests ?fill=12h&max=1\n5 * * * * send_sign_off_reminders ?fill=2h&max=1\n`;
}

export function startSchedules(connectionString: string, digestCron: string): Promise<Runner> {
  return run({ connectionString, concurrency: 1, noHandleSignals: true, taskList: scheduledTasks, crontab: crontabFor(digestCron) });
}
