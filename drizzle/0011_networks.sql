CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bulk_order_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"done_quantity" integer DEFAULT 0 NOT NULL,
	"delivered_quantity" integer DEFAULT 0 NOT NULL,
	"accepted_quantity" integer DEFAULT 0 NOT NULL,
	"rejected_quantity" integer DEFAULT 0 NOT NULL,
	"reallocated_from_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocations_status_check" CHECK ("allocations"."status" in ('offered', 'accepted', 'declined', 'delivered', 'checked')),
	CONSTRAINT "allocations_quantities_check" CHECK ("allocations"."quantity" >= 1 and "allocations"."done_quantity" between 0 and "allocations"."quantity" and "allocations"."delivered_quantity" between 0 and "allocations"."quantity" and "allocations"."accepted_quantity" + "allocations"."rejected_quantity" <= "allocations"."delivered_quantity")
);
--> statement-breakpoint
CREATE TABLE "bulk_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"due_date" timestamp with time zone NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"spec" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulk_orders_status_check" CHECK ("bulk_orders"."status" in ('open', 'in_progress', 'completed')),
	CONSTRAINT "bulk_orders_quantity_check" CHECK ("bulk_orders"."quantity" between 1 and 10000000),
	CONSTRAINT "bulk_orders_price_check" CHECK ("bulk_orders"."unit_price_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"network_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"capacity_per_week" integer NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	CONSTRAINT "network_members_network_id_producer_id_pk" PRIMARY KEY("network_id","producer_id"),
	CONSTRAINT "network_members_status_check" CHECK ("network_members"."status" in ('invited', 'active')),
	CONSTRAINT "network_members_capacity_check" CHECK ("network_members"."capacity_per_week" between 0 and 1000000)
);
--> statement-breakpoint
CREATE TABLE "network_trades" (
	"network_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "network_trades_network_id_category_id_pk" PRIMARY KEY("network_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"leader_user_id" uuid NOT NULL,
	"coordination_fee_bps" integer DEFAULT 500 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_fee_check" CHECK ("networks"."coordination_fee_bps" between 0 and 10000)
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_bulk_order_id_bulk_orders_id_fk" FOREIGN KEY ("bulk_order_id") REFERENCES "public"."bulk_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_orders" ADD CONSTRAINT "bulk_orders_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_orders" ADD CONSTRAINT "bulk_orders_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_orders" ADD CONSTRAINT "bulk_orders_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_trades" ADD CONSTRAINT "network_trades_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_trades" ADD CONSTRAINT "network_trades_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_leader_user_id_users_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocations_bulk_order_idx" ON "allocations" USING btree ("bulk_order_id");--> statement-breakpoint
CREATE INDEX "allocations_producer_idx" ON "allocations" USING btree ("producer_id","status");--> statement-breakpoint
CREATE INDEX "bulk_orders_network_idx" ON "bulk_orders" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "network_members_producer_idx" ON "network_members" USING btree ("producer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_slug_key" ON "networks" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "networks_leader_idx" ON "networks" USING btree ("leader_user_id");