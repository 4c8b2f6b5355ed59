ALTER TABLE "ledger_transactions" DROP CONSTRAINT "ledger_transactions_kind_check";--> statement-breakpoint
ALTER TABLE "fulfilments" ALTER COLUMN "producer_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "network_id" uuid;--> statement-breakpoint
ALTER TABLE "fulfilments" ADD COLUMN "network_id" uuid;--> statement-breakpoint
ALTER TABLE "fulfilments" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "routing" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "shipping_fee_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "free_shipping_above_minor" bigint;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fulfilments" ADD CONSTRAINT "fulfilments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listings_network_idx" ON "listings" USING btree ("network_id","status") WHERE "listings"."network_id" is not null;--> statement-breakpoint
CREATE INDEX "fulfilments_network_idx" ON "fulfilments" USING btree ("network_id","status","created_at") WHERE "fulfilments"."network_id" is not null;--> statement-breakpoint
ALTER TABLE "fulfilments" ADD CONSTRAINT "fulfilments_seller_check" CHECK ("fulfilments"."producer_id" is not null or "fulfilments"."network_id" is not null);--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_kind_check" CHECK ("ledger_transactions"."kind" in ('payment_captured', 'fulfilment_delivered', 'commission', 'refund', 'payout', 'bulk_acceptance', 'coordination_fee'));--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_routing_check" CHECK ("networks"."routing" in ('manual', 'automatic'));--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_shipping_check" CHECK ("networks"."shipping_fee_minor" >= 0 and ("networks"."free_shipping_above_minor" is null or "networks"."free_shipping_above_minor" > 0));