import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Request counters for throttling (rate-limiter-flexible's Drizzle store): in PostgreSQL so the
// limits hold across several app servers. Rows expire; nothing here locks anyone out for good.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true }),
});
