import { run, type Runner, type TaskList } from "graphile-worker";
import { unsafeQueueDigests } from "@/db/access/collaboration/notifications";

// Scheduled work runs on graphile-worker (decision 0012): its crontab fires each task once per
// period across every worker process, and it retries a failed run with backoff. The tasks
// themselves are safe to run twice (the digest releases the rows it sends in the same transaction).

export const scheduledTasks: TaskList = {
  send_digests: async (_payload, helpers) => {
    const count = await unsafeQueueDigests();
    if (count) helpers.logger.info(`Queued ${count} daily digest${count === 1 ? "" : "s"}`);
  },
};

/** The crontab: the digest at `digestCron` (UTC); a missed run within the last 12 hours is caught up once. */
export function crontabFor(digestCron: string) {
  return `${digestCron} send_digests ?fill=12h&max=1\n`;
}

export function startSchedules(connectionString: string, digestCron: string): Promise<Runner> {
  return run({ connectionString, concurrency: 1, noHandleSignals: true, taskList: scheduledTasks, crontab: crontabFor(digestCron) });
}
