CREATE TYPE "public"."timesheet_approval" AS ENUM('submitted', 'approved', 'returned');--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD COLUMN "task_id" uuid;--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD COLUMN "is_billable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD COLUMN "approval" timesheet_approval DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD COLUMN "logged_by_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD CONSTRAINT "timesheet_entries_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheet_entries" ADD CONSTRAINT "timesheet_entries_logged_by_contact_id_users_id_fk" FOREIGN KEY ("logged_by_contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;