import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accounts, projects, quotes, tickets } from "@/db/schema";
import { createContactViewer, createStaffViewer } from "../../testing/fixtures";
import { getMyDashboard, getStaffDashboard } from "./dashboard";

describe("the homes' figures and progress", () => {
  it("counts for a client only what they may see, and lists projects in progress soonest due first", async () => {
    const client = await createContactViewer({ "projects.view": true, "quotes.view": true, "tickets.view": false });
    const { accountId } = client;
    await db.insert(quotes).values([
      { accountId, number: `Q-${randomUUID()}`, title: "Sent", status: "sent", issuedOn: "2026-01-01" },
      { accountId, number: `Q-${randomUUID()}`, title: "Answered", status: "accepted", issuedOn: "2026-01-01" },
    ]);
    await db.insert(tickets).values({ accountId, subject: "Hidden from them" });
    await db.insert(projects).values([
      { accountId, name: "Later", status: "active", progressPercent: 10, dueOn: "2027-06-01" },
      { accountId, name: "Sooner", status: "planning", progressPercent: 60, dueOn: "2027-01-01" },
      { accountId, name: "Done", status: "completed", progressPercent: 100 },
    ]);

    expect(await getMyDashboard(client)).toEqual({
      quotesToAnswer: 1,
      openTickets: 0,
      projectsInProgress: 2,
      projects: [
        expect.objectContaining({ name: "Sooner", progressPercent: 60 }),
        expect.objectContaining({ name: "Later", progressPercent: 10 }),
      ],
    });
  });

  it("leaves the test client out of staff's figures, and is for staff who work with clients", async () => {
    const staff = await createStaffViewer();
    const [customer, trial] = [await createContactViewer(), await createContactViewer()];
    await db.update(accounts).set({ isTest: true }).where(eq(accounts.id, trial.accountId));
    // Due long ago, so they come first among every test's projects.
    const name = randomUUID();
    await db.insert(projects).values([
      { accountId: customer.accountId, name: `Customer ${name}`, dueOn: "1990-01-02" },
      { accountId: trial.accountId, name: `Trial ${name}`, dueOn: "1990-01-01" },
    ]);

    const names = (await getStaffDashboard(staff)).projects.map((project) => project.name);
    expect(names).toContain(`Customer ${name}`);
    expect(names).not.toContain(`Trial ${name}`);
    await expect(getStaffDashboard((await createContactViewer()) as never)).rejects.toThrow();
  });
});
