// The worker: delivers what the outbox holds, writes committed imports and runs the schedules (digests). `npm run dev`/`npm start` run one; deployments
// with several app servers set MAIL_WORKER=off there and run `npm run worker` (as many as wanted).
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
const { env } = await import("../env");
if (!env.DATABASE_URL) {
  console.error("[worker] DATABASE_URL is not set: point it at the portal's database.");
  process.exit(1);
}
const { runWorker } = await import("../worker/worker");
const { startSchedules } = await import("../worker/schedules");

const stop = new AbortController();
process.on("SIGINT", () => stop.abort());
process.on("SIGTERM", () => stop.abort());
console.log(
  `[worker] Worker started: email ${env.RESEND_API_KEY ? "delivered through Resend" : "captured"}, imports written as they are committed, digests at "${env.DIGEST_CRON}" UTC.`,
);
const schedules = await startSchedules(env.DATABASE_URL, env.DIGEST_CRON);
await runWorker({ signal: stop.signal, log: (line) => console.log(`[worker] ${line}`) });
await schedules.stop();
process.exit(0);
