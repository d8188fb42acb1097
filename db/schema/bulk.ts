import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// One row per keyed request (a bulk action, a new record), keyed by the form's request key: a
// retried submission finds its row and gets the first answer back instead of doing the work again.
export const bulkOperations = pgTable("bulk_operations", {
  requestKey: text("request_key").primaryKey(),
  kind: text("kind").notNull(),
  requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
  result: jsonb("result").notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
