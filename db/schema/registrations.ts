import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Someone who registered from the sign-in page and has yet to confirm their address. Nothing
// else exists for them until they follow the emailed link.
export const registrations = pgTable("registrations", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  accountNumber: text("account_number").notNull(),
  billingPostcode: text("billing_postcode").notNull(),
  invoiceNumber: text("invoice_number").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
