import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./people";

// A staff member looking at the portal exactly as one contact sees it: read-only, time-limited,
// and each start and end in the audit log.
export const viewAsSessions = pgTable(
  "view_as_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffUserId: uuid("staff_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("view_as_sessions_staff_idx").on(t.staffUserId)],
);
