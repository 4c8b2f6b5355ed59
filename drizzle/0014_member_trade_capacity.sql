CREATE TABLE "network_member_capacities" (
	"network_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	"capacity_per_week" integer NOT NULL,
	CONSTRAINT "network_member_capacities_network_id_producer_id_category_id_pk" PRIMARY KEY("network_id","producer_id","category_id"),
	CONSTRAINT "network_member_capacities_check" CHECK ("network_member_capacities"."capacity_per_week" between 0 and 1000000)
);
--> statement-breakpoint
ALTER TABLE "network_member_capacities" ADD CONSTRAINT "network_member_capacities_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member_capacities" ADD CONSTRAINT "network_member_capacities_member_fk" FOREIGN KEY ("network_id","producer_id") REFERENCES "public"."network_members"("network_id","producer_id") ON DELETE cascade ON UPDATE no action;