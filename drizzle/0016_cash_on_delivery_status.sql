ALTER TABLE "orders" DROP CONSTRAINT "orders_status_check";--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_status_check" CHECK ("orders"."status" in ('pending_payment', 'paid', 'cash_on_delivery', 'completed', 'cancelled', 'expired'));--> statement-breakpoint
-- Cash-on-delivery orders placed before this status existed were stored as paid though nothing was.
UPDATE "orders" SET "status" = 'cash_on_delivery' WHERE "status" = 'paid' AND EXISTS (SELECT 1 FROM "payments" WHERE "payments"."order_id" = "orders"."id" AND "payments"."provider" = 'cod');
