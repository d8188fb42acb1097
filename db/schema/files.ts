import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { attachedToRecordColumns } from "./columns";
import { users } from "./people";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

// A file attached to one object (a project, an invoice, a ticket…). It is visible to exactly the
// people who may see that object. Its bytes are in the file store under `storage_key`; files
// uploaded before the store kept theirs in `content` until the worker moves them (then null).
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...attachedToRecordColumns(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content"),
    storageKey: text("storage_key"),
    // SHA-256 of the bytes, hex: checked when a file is moved into the store.
    sha256: text("sha256"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("files_object_idx").on(t.objectId, t.createdAt),
    index("files_account_idx").on(t.accountId, t.createdAt),
    // What the worker still has to move out of the database.
    index("files_unmoved_idx")
      .on(t.createdAt)
      .where(sql`${t.storageKey} is null`),
    check("files_bytes_somewhere", sql`${t.content} is not null or ${t.storageKey} is not null`),
  ],
);
