CREATE TABLE "request_sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"priority" "request_priority" NOT NULL,
	"respond_within" interval NOT NULL,
	"resolve_within" interval NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_sla_policies_organization_id_priority_unique" UNIQUE("organization_id","priority")
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "first_response_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_sla_policies" ADD CONSTRAINT "request_sla_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
