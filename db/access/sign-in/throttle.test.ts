import { randomUUID } from "node:crypto";
import { like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { unsafeSweepThrottles, takeThrottle } from "./throttle";

const address = () => `someone-${randomUUID()}@example.test`;

describe("throttling", () => {
  it("allows ten sign-in attempts per address in 15 minutes, then says how long to wait", async () => {
    const email = address();
    for (let i = 0; i < 10; i++) expect(await takeThrottle("sign-in", { email })).toEqual({ isAllowed: true });
    const refused = await takeThrottle("sign-in", { email });
    expect(refused.isAllowed).toBe(false);
    if (!refused.isAllowed) expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await takeThrottle("sign-in", { email: address() })).toEqual({ isAllowed: true });
  });

  it("counts per IP across addresses", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < 50; i++) await takeThrottle("sign-in", { email: address(), ip });
    expect((await takeThrottle("sign-in", { email: address(), ip })).isAllowed).toBe(false);
  });

  it("treats an address the same whatever its letter case", async () => {
    const email = address();
    for (let i = 0; i < 5; i++) await takeThrottle("email-request", { email: email.toUpperCase() });
    expect((await takeThrottle("email-request", { email })).isAllowed).toBe(false);
  });

  it("never locks out for good: once the window has passed, attempts are allowed again", async () => {
    const email = address();
    for (let i = 0; i < 6; i++) await takeThrottle("email-request", { email });
    expect((await takeThrottle("email-request", { email })).isAllowed).toBe(false);
    await db
      .update(rateLimits)
      .set({ expire: sql`now() - interval '1 second'` })
      .where(like(rateLimits.key, `%${email}`));
    expect(await takeThrottle("email-request", { email })).toEqual({ isAllowed: true });
  });

  it("sweeps counters whose window ended long ago", async () => {
    const email = address();
    await takeThrottle("sign-in", { email });
    await db
      .update(rateLimits)
      .set({ expire: sql`now() - interval '2 hours'` })
      .where(like(rateLimits.key, `%${email}`));
    await unsafeSweepThrottles();
    expect(
      await db
        .select()
        .from(rateLimits)
        .where(like(rateLimits.key, `%${email}`)),
    ).toEqual([]);
  });
});
