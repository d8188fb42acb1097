ALTER TABLE "tasks" ADD COLUMN "assigned_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigned_contact_id_users_id_fk" FOREIGN KEY ("assigned_contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_assigned_contact_idx" ON "tasks" USING btree ("assigned_contact_id");