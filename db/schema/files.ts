import { customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./people";
import { objectType } from "./permissions";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

// A file attached to one object (a project, an invoice, a ticket…). It is visible to exactly the
// people who may see that object. Bytes are kept in the database: transactional, and small files.
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    objectType: objectType("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("files_object_idx").on(t.objectId, t.createdAt), index("files_account_idx").on(t.accountId, t.createdAt)],
);
