ALTER TYPE "public"."notification_kind" ADD VALUE 'sign_offs';--> statement-breakpoint
ALTER TYPE "public"."sign_off_state" ADD VALUE 'draft' BEFORE 'open';--> statement-breakpoint
CREATE TABLE "sign_off_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"is_automatic" boolean NOT NULL,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_off_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"recipient_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_off_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "sign_off_files" DROP CONSTRAINT "sign_off_files_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "reply_addresses" ALTER COLUMN "object_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reply_addresses" ALTER COLUMN "object_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_off_files" ALTER COLUMN "file_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ALTER COLUMN "sent_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ALTER COLUMN "sent_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "business_settings" ADD COLUMN "sign_off_link_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "business_settings" ADD COLUMN "sign_off_reminder_days" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "reply_addresses" ADD COLUMN "sign_off_id" uuid;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD COLUMN "content_type" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD COLUMN "storage_key" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD COLUMN "uploaded_by" uuid;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_off_reminders" ADD CONSTRAINT "sign_off_reminders_round_id_sign_off_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."sign_off_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_reminders" ADD CONSTRAINT "sign_off_reminders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_sessions" ADD CONSTRAINT "sign_off_sessions_recipient_id_sign_off_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."sign_off_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_reminders_automatic_key" ON "sign_off_reminders" USING btree ("round_id") WHERE "sign_off_reminders"."is_automatic";--> statement-breakpoint
CREATE INDEX "sign_off_sessions_recipient_idx" ON "sign_off_sessions" USING btree ("recipient_id");--> statement-breakpoint
ALTER TABLE "reply_addresses" ADD CONSTRAINT "reply_addresses_sign_off_id_sign_offs_id_fk" FOREIGN KEY ("sign_off_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD CONSTRAINT "sign_off_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD CONSTRAINT "sign_off_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_addresses" ADD CONSTRAINT "reply_addresses_one_thread" CHECK (("reply_addresses"."object_id" is not null and "reply_addresses"."object_type" is not null) <> ("reply_addresses"."sign_off_id" is not null));