CREATE TABLE "ledger_accounts" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"seller_kind" text,
	"producer_id" uuid,
	"network_id" uuid,
	"bulk_order_id" uuid,
	CONSTRAINT "ledger_accounts_kind_check" CHECK ("ledger_accounts"."kind" in ('platform_cash', 'platform_commission', 'held', 'payable', 'unfunded', 'owed', 'receivable')),
	CONSTRAINT "ledger_accounts_seller_kind_check" CHECK ("ledger_accounts"."seller_kind" in ('producer', 'network')),
	CONSTRAINT "ledger_accounts_owner_check" CHECK (case when "ledger_accounts"."kind" in ('held', 'payable', 'unfunded', 'owed') then ("ledger_accounts"."seller_kind" = 'producer' and "ledger_accounts"."producer_id" is not null and "ledger_accounts"."network_id" is null) or ("ledger_accounts"."seller_kind" = 'network' and "ledger_accounts"."network_id" is not null and "ledger_accounts"."producer_id" is null) else "ledger_accounts"."seller_kind" is null and "ledger_accounts"."producer_id" is null and "ledger_accounts"."network_id" is null end and ("ledger_accounts"."bulk_order_id" is not null) = ("ledger_accounts"."kind" = 'receivable')),
	CONSTRAINT "ledger_accounts_key_check" CHECK ("ledger_accounts"."key" = case "ledger_accounts"."kind" when 'platform_cash' then 'platform:cash' when 'platform_commission' then 'platform:commission' when 'receivable' then 'receivable:bulk_order:' || "ledger_accounts"."bulk_order_id"::text else "ledger_accounts"."kind" || ':' || "ledger_accounts"."seller_kind" || ':' || coalesce("ledger_accounts"."producer_id", "ledger_accounts"."network_id")::text end)
);
--> statement-breakpoint
-- Custom: every account already posted to, its columns read from its key as the domain's parseAccountKey reads it. A key that reads as no account fails the checks above, and the migration with it.
INSERT INTO "ledger_accounts" ("key", "kind", "seller_kind", "producer_id", "network_id", "bulk_order_id")
SELECT "key",
  CASE "key" WHEN 'platform:cash' THEN 'platform_cash' WHEN 'platform:commission' THEN 'platform_commission' ELSE split_part("key", ':', 1) END,
  CASE WHEN split_part("key", ':', 1) IN ('held', 'payable', 'unfunded', 'owed') THEN split_part("key", ':', 2) END,
  CASE WHEN split_part("key", ':', 1) IN ('held', 'payable', 'unfunded', 'owed') AND split_part("key", ':', 2) = 'producer' THEN split_part("key", ':', 3)::uuid END,
  CASE WHEN split_part("key", ':', 1) IN ('held', 'payable', 'unfunded', 'owed') AND split_part("key", ':', 2) = 'network' THEN split_part("key", ':', 3)::uuid END,
  CASE WHEN split_part("key", ':', 1) = 'receivable' THEN split_part("key", ':', 3)::uuid END
FROM (SELECT DISTINCT "account" AS "key" FROM "ledger_entries") AS "posted";
--> statement-breakpoint
DROP INDEX "payouts_seller_idx";--> statement-breakpoint
-- Custom: seller_kind is added without NOT NULL, filled from the `producer:<id>` / `network:<id>` string, then required.
ALTER TABLE "payouts" ADD COLUMN "seller_kind" text;--> statement-breakpoint
ALTER TABLE "payouts" ADD COLUMN "network_id" uuid;--> statement-breakpoint
UPDATE "payouts" SET
  "seller_kind" = split_part("seller", ':', 1),
  "producer_id" = CASE WHEN split_part("seller", ':', 1) = 'producer' THEN split_part("seller", ':', 2)::uuid END,
  "network_id" = CASE WHEN split_part("seller", ':', 1) = 'network' THEN split_part("seller", ':', 2)::uuid END;--> statement-breakpoint
ALTER TABLE "payouts" ALTER COLUMN "seller_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_bulk_order_id_bulk_orders_id_fk" FOREIGN KEY ("bulk_order_id") REFERENCES "public"."bulk_orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_accounts_producer_idx" ON "ledger_accounts" USING btree ("producer_id","kind") WHERE "ledger_accounts"."producer_id" is not null;--> statement-breakpoint
CREATE INDEX "ledger_accounts_network_idx" ON "ledger_accounts" USING btree ("network_id","kind") WHERE "ledger_accounts"."network_id" is not null;--> statement-breakpoint
CREATE INDEX "ledger_accounts_bulk_order_idx" ON "ledger_accounts" USING btree ("bulk_order_id") WHERE "ledger_accounts"."bulk_order_id" is not null;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_ledger_accounts_key_fk" FOREIGN KEY ("account") REFERENCES "public"."ledger_accounts"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payouts_created_idx" ON "payouts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payouts_producer_idx" ON "payouts" USING btree ("producer_id","created_at") WHERE "payouts"."producer_id" is not null;--> statement-breakpoint
CREATE INDEX "payouts_network_idx" ON "payouts" USING btree ("network_id","created_at") WHERE "payouts"."network_id" is not null;--> statement-breakpoint
ALTER TABLE "payouts" DROP COLUMN "seller";--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_seller_kind_check" CHECK ("payouts"."seller_kind" in ('producer', 'network'));--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_seller_check" CHECK (("payouts"."seller_kind" = 'producer' and "payouts"."producer_id" is not null and "payouts"."network_id" is null) or ("payouts"."seller_kind" = 'network' and "payouts"."network_id" is not null and "payouts"."producer_id" is null));