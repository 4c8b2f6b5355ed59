ALTER TABLE "platform_memberships" DROP CONSTRAINT "platform_memberships_role_check";--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_provider_check";--> statement-breakpoint
ALTER TABLE "ledger_transactions" DROP CONSTRAINT "ledger_transactions_kind_check";--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "accepts_cod" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "bank_reference" text;--> statement-breakpoint
ALTER TABLE "platform_memberships" ADD CONSTRAINT "platform_memberships_role_check" CHECK ("platform_memberships"."role" in ('admin', 'finance'));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_provider_check" CHECK ("payments"."provider" in ('manual', 'stripe', 'cod'));--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_kind_check" CHECK ("ledger_transactions"."kind" in ('payment_captured', 'fulfilment_delivered', 'commission', 'refund', 'payout', 'bulk_acceptance', 'coordination_fee', 'bulk_payment', 'cod_commission'));