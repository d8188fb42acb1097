-- Random bytes for tokens made in bulk by one INSERT ... SELECT (gen_random_bytes).
CREATE EXTENSION IF NOT EXISTS pgcrypto;--> statement-breakpoint
CREATE TABLE "bulk_operations" (
	"request_key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"requested_by_user_id" uuid,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;