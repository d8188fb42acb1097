CREATE TYPE "public"."sign_off_decision" AS ENUM('approved', 'changes_requested', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."sign_off_role" AS ENUM('approver', 'informed');--> statement-breakpoint
CREATE TYPE "public"."sign_off_state" AS ENUM('open', 'complete', 'cancelled');--> statement-breakpoint
CREATE TABLE "sign_off_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sign_off_id" uuid NOT NULL,
	"sign_off_file_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_off_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_off_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"sign_off_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_off_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_off_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sign_off_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" "sign_off_role" NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_off_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"decision" "sign_off_decision" NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"typed_name" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_off_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sign_off_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_offs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"object_type" "object_type",
	"object_id" uuid,
	"subject" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"due_on" date,
	"link_lifetime_hours" integer DEFAULT 168 NOT NULL,
	"has_reminders" boolean DEFAULT true NOT NULL,
	"state" "sign_off_state" DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sign_off_comments" ADD CONSTRAINT "sign_off_comments_sign_off_id_sign_offs_id_fk" FOREIGN KEY ("sign_off_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_comments" ADD CONSTRAINT "sign_off_comments_sign_off_file_id_sign_off_files_id_fk" FOREIGN KEY ("sign_off_file_id") REFERENCES "public"."sign_off_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_comments" ADD CONSTRAINT "sign_off_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD CONSTRAINT "sign_off_files_round_id_sign_off_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."sign_off_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_files" ADD CONSTRAINT "sign_off_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_links" ADD CONSTRAINT "sign_off_links_sign_off_id_sign_offs_id_fk" FOREIGN KEY ("sign_off_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_links" ADD CONSTRAINT "sign_off_links_recipient_id_sign_off_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."sign_off_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_recipients" ADD CONSTRAINT "sign_off_recipients_sign_off_id_sign_offs_id_fk" FOREIGN KEY ("sign_off_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_recipients" ADD CONSTRAINT "sign_off_recipients_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_responses" ADD CONSTRAINT "sign_off_responses_round_id_sign_off_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."sign_off_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_responses" ADD CONSTRAINT "sign_off_responses_recipient_id_sign_off_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."sign_off_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ADD CONSTRAINT "sign_off_rounds_sign_off_id_sign_offs_id_fk" FOREIGN KEY ("sign_off_id") REFERENCES "public"."sign_offs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_off_comments_sign_off_idx" ON "sign_off_comments" USING btree ("sign_off_id","created_at");--> statement-breakpoint
CREATE INDEX "sign_off_files_round_idx" ON "sign_off_files" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "sign_off_files_file_idx" ON "sign_off_files" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "sign_off_links_recipient_idx" ON "sign_off_links" USING btree ("recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_recipients_contact_key" ON "sign_off_recipients" USING btree ("sign_off_id","contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_responses_once_key" ON "sign_off_responses" USING btree ("round_id","recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_rounds_number_key" ON "sign_off_rounds" USING btree ("sign_off_id","number");--> statement-breakpoint
CREATE INDEX "sign_offs_account_idx" ON "sign_offs" USING btree ("account_id","created_at");