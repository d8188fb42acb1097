import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { parseCrontab, quickAddJob, runOnce } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, notificationPreferences, notifications } from "@/db/schema";
import { createStaffViewer } from "@/db/testing/fixtures";
import { env } from "@/env";
import { crontabFor, scheduledTasks } from "./schedules";

// The digest runs as a graphile-worker job against the real database.

function digestTime(date: Date) {
  return {
    min: date.getUTCMinutes(),
    hour: date.getUTCHours(),
    date: date.getUTCDate(),
    month: date.getUTCMonth() + 1,
    dow: date.getUTCDay(),
  };
}

describe("scheduled work", () => {
  it("the send_digests job, run by the job engine, queues the digest of someone waiting for one", async () => {
    const staff = await createStaffViewer();
    await db.insert(notificationPreferences).values({ userId: staff.userId, kind: "tasks", mode: "digest" });
    await db.insert(notifications).values({
      userId: staff.userId,
      kind: "tasks",
      text: `Task ${randomUUID().slice(0, 6)} was added`,
      path: "/console/tasks",
      awaitingDigest: true,
    });
    const connectionString = env.DATABASE_URL!;
    await quickAddJob({ connectionString }, "send_digests", {});
    await runOnce({ connectionString, taskList: scheduledTasks });
    const digests = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, staff.email), eq(emails.template, "digest")));
    expect(digests).toHaveLength(1);
  });

  it("the crontab the engine reads runs the digest task at the configured time, catching up a missed run", () => {
    const [item] = parseCrontab(crontabFor("30 6 * * 1-5"));
    expect(item).toMatchObject({ task: "send_digests", options: { backfillPeriod: 12 * 3600 * 1000 } });
    // Mondays to Fridays at 06:30: a Monday matches, a Sunday does not.
    const at = (iso: string) => item!.match(digestTime(new Date(iso)));
    expect(at("2026-12-07T06:30:00Z")).toBe(true);
    expect(at("2026-12-06T06:30:00Z")).toBe(false);
    expect(at("2026-12-07T07:30:00Z")).toBe(false);
  });
});
