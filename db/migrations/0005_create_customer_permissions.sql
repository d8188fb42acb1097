CREATE TABLE "capability_defaults" (
	"capability" text PRIMARY KEY NOT NULL,
	"is_allowed" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_capabilities" (
	"contact_id" uuid NOT NULL,
	"capability" text NOT NULL,
	"is_allowed" boolean NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_capabilities_contact_id_capability_pk" PRIMARY KEY("contact_id","capability")
);
--> statement-breakpoint
ALTER TABLE "business_settings" ADD COLUMN "defaults_applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_capabilities" ADD CONSTRAINT "contact_capabilities_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_capabilities_capability_idx" ON "contact_capabilities" USING btree ("capability");