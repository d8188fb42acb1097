import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// The global layer of customer permissions: one row per capability that staff have set.
export const capabilityDefaults = pgTable("capability_defaults", {
  capability: text("capability").primaryKey(),
  isAllowed: boolean("is_allowed").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// The contact layer: one person's own allow/deny for a capability. Rows set before the business
// last "applied the defaults to all existing contacts" no longer count (see business_settings).
export const contactCapabilities = pgTable(
  "contact_capabilities",
  {
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    capability: text("capability").notNull(),
    isAllowed: boolean("is_allowed").notNull(),
    setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.capability] }), index("contact_capabilities_capability_idx").on(t.capability)],
);
