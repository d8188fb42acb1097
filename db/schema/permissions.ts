import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./people";

/** What every layer's row holds besides its owner: one capability, allowed or denied, and when. */
const ruleColumns = () => ({
  capability: text("capability").notNull(),
  isAllowed: boolean("is_allowed").notNull(),
  setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
});

// Customer permissions in layers, most specific first: object > contact > group > account >
// module default > global default. Every layer row says allow (true) or deny (false); "inherit"
// is the absence of a row. The one resolver reading them is db/access/permission-resolver.ts.

// Module defaults: one row per capability staff have set in Settings (grouped there by module).
// The global default, one answer for anything still unset, is business_settings.default_allowed.
export const capabilityDefaults = pgTable("capability_defaults", {
  capability: text("capability").primaryKey(),
  isAllowed: boolean("is_allowed").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// Who set a contact's own rule: staff, or the client who invited them (an inviter's limit, which
// "apply the defaults to all existing contacts" leaves in place).
export const ruleSource = pgEnum("rule_source", ["staff", "inviter"]);

// The contact layer: one person's own allow/deny, in every account they act for. Staff rules set
// before the business last "applied the defaults to all existing contacts" no longer count.
export const contactCapabilities = pgTable(
  "contact_capabilities",
  {
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...ruleColumns(),
    source: ruleSource("source").notNull().default("staff"),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.capability] }), index("contact_capabilities_capability_idx").on(t.capability)],
);

// The account layer.
export const accountCapabilities = pgTable(
  "account_capabilities",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    ...ruleColumns(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.capability] })],
);

// Named groups of an account's contacts ("Managers"), each with its own layer of rules.
export const contactGroups = pgTable(
  "contact_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contact_groups_account_name_key").on(t.accountId, sql`lower(${t.name})`)],
);

export const contactGroupMembers = pgTable(
  "contact_group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => contactGroups.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.contactId] }), index("contact_group_members_contact_idx").on(t.contactId)],
);

// The group layer. A contact in several groups of one account: any group's deny beats an allow.
export const groupCapabilities = pgTable(
  "group_capabilities",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => contactGroups.id, { onDelete: "cascade" }),
    ...ruleColumns(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.capability] })],
);

export const objectType = pgEnum("object_type", ["invoice", "quote", "project", "task", "ticket", "contract", "sale", "timesheet"]);

// The object layer: a rule on one record ("no budgets for this project"), for everyone at its
// account. Objects live in several tables, so there is no foreign key to them; the account id
// keeps rules scoped and removed with the account.
export const objectCapabilities = pgTable(
  "object_capabilities",
  {
    objectType: objectType("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    ...ruleColumns(),
  },
  (t) => [primaryKey({ columns: [t.objectId, t.capability] }), index("object_capabilities_account_idx").on(t.accountId, t.capability)],
);
