CREATE TYPE "public"."portal_access" AS ENUM('inherit', 'disabled', 'all', 'selected');--> statement-breakpoint
ALTER TABLE "account_contacts" ADD COLUMN "login_state" "login_state" DEFAULT 'inherit' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "portal_access" "portal_access" DEFAULT 'inherit' NOT NULL;--> statement-breakpoint
ALTER TABLE "business_settings" ADD COLUMN "allow_customer_login" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "business_settings" ADD COLUMN "logins_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "login_state_set_at" timestamp with time zone;--> statement-breakpoint
-- Until now every contact with an account could sign in: keep it so for businesses already running.
UPDATE "business_settings" SET "allow_customer_login" = true;
