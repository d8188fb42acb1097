CREATE TYPE "public"."brand_file_kind" AS ENUM('logo', 'header', 'splash');--> statement-breakpoint
ALTER TYPE "public"."staff_role" ADD VALUE 'designer';--> statement-breakpoint
CREATE TABLE "brand_files" (
	"name" text PRIMARY KEY NOT NULL,
	"kind" "brand_file_kind" NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brandings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "brandings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"portal_name" text NOT NULL,
	"primary_color" text NOT NULL,
	"accent_color" text NOT NULL,
	"background_color" text NOT NULL,
	"text_color" text NOT NULL,
	"logo_file" text,
	"header_file" text,
	"splash" text NOT NULL,
	"welcome_message" text DEFAULT '' NOT NULL,
	"saved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brand_files" ADD CONSTRAINT "brand_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brandings" ADD CONSTRAINT "brandings_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_files_kind_idx" ON "brand_files" USING btree ("kind","created_at");--> statement-breakpoint
-- The look so far (name, welcome message, the old fixed colours) becomes the first saved version.
INSERT INTO "brandings" ("portal_name", "primary_color", "accent_color", "background_color", "text_color", "splash", "welcome_message")
SELECT "name", '#1d4ed8', '#0f766e', '#f4f4f5', '#18181b', 'harbour', "welcome_message" FROM "business_settings";--> statement-breakpoint
ALTER TABLE "business_settings" DROP COLUMN "welcome_message";