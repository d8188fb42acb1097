ALTER TABLE "emails" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
CREATE INDEX "emails_batch_idx" ON "emails" USING btree ("batch_id") WHERE "emails"."status" in ('queued', 'sending');