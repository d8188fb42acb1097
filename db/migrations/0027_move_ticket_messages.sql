-- Ticket replies become the ticket's conversation in the one messages table (ids and times kept).
INSERT INTO "messages" ("id", "account_id", "object_type", "object_id", "author_id", "body", "is_internal", "created_at")
SELECT m."id", t."account_id", 'ticket', m."ticket_id", m."author_id", m."body", m."is_internal", m."created_at"
FROM "ticket_messages" m JOIN "tickets" t ON t."id" = m."ticket_id";--> statement-breakpoint
-- Whoever opened a ticket or created a task is part of its thread.
INSERT INTO "followers" ("object_id", "object_type", "user_id", "account_id")
SELECT "id", 'ticket'::object_type, "contact_id", "account_id" FROM "tickets" WHERE "contact_id" IS NOT NULL
UNION
SELECT "id", 'task'::object_type, "created_by_contact_id", "account_id" FROM "tasks" WHERE "created_by_contact_id" IS NOT NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "ticket_messages" CASCADE;
