import { integer, text, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./people";
import { objectType } from "./permissions";

// Columns several tables share. Functions, because a column builder belongs to one table.

/** A record of a client account: removed with the account; its manager may leave (then nobody). */
export const accountRecordColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  accountId: uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" }),
  managerId: uuid("manager_id").references(() => users.id, { onDelete: "set null" }),
});

/** A priced line of an invoice or a quote, in its order. */
export const lineColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  position: integer("position").notNull(),
  description: text("description").notNull(),
  quantity: integer("quantity").notNull(),
  unitCents: integer("unit_cents").notNull(),
  // The line's tax rate in hundredths of a percent (2000 is 20%); its tax is rounded per line.
  taxBasisPoints: integer("tax_basis_points").notNull().default(0),
});

/** What hangs off one record of any kind (a file, a message): the record and its account, removed with the account. */
export const attachedToRecordColumns = () => ({
  accountId: uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" }),
  objectType: objectType("object_type").notNull(),
  objectId: uuid("object_id").notNull(),
});
