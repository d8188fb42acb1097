import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// The portal's look, one row per saved version: the newest is the live one, and "revert" saves a
// copy of the one before. Colours are #rrggbb as the designer chose them; readable variants are
// worked out when rendering (lib/branding/theme.ts).
export const brandings = pgTable("brandings", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  portalName: text("portal_name").notNull(),
  primaryColor: text("primary_color").notNull(),
  accentColor: text("accent_color").notNull(),
  backgroundColor: text("background_color").notNull(),
  textColor: text("text_color").notNull(),
  // Names in brand_files (and the file store), or null for none.
  logoFile: text("logo_file"),
  headerFile: text("header_file"),
  // A built-in background's key (public/splash/<key>.webp) or an uploaded file's name.
  splash: text("splash").notNull(),
  // Plain text; line breaks are kept.
  welcomeMessage: text("welcome_message").notNull().default(""),
  savedBy: uuid("saved_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const brandFileKind = pgEnum("brand_file_kind", ["logo", "header", "splash"]);

// Every image accepted by the upload check, by its content-hash name; the bytes are in the file
// store (local folder or S3).
export const brandFiles = pgTable(
  "brand_files",
  {
    name: text("name").primaryKey(),
    kind: brandFileKind("kind").notNull(),
    contentType: text("content_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("brand_files_kind_idx").on(t.kind, t.createdAt)],
);
