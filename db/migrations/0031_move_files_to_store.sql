ALTER TABLE "files" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "sha256" text;--> statement-breakpoint
CREATE INDEX "files_unmoved_idx" ON "files" USING btree ("created_at") WHERE "files"."storage_key" is null;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_bytes_somewhere" CHECK ("files"."content" is not null or "files"."storage_key" is not null);