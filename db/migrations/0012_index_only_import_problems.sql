DROP INDEX "import_rows_errors_idx";--> statement-breakpoint
CREATE INDEX "import_rows_errors_idx" ON "import_rows" USING btree ("import_id","line") WHERE "import_rows"."error" is not null;