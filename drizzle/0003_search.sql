CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"subject_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"listing_id" uuid PRIMARY KEY NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"title_tsv" "tsvector" NOT NULL,
	"category_slugs" text[] NOT NULL,
	"province_code" text NOT NULL,
	"seller_id" uuid NOT NULL,
	"network_id" uuid,
	"made_to_order" boolean NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"title_fa" text NOT NULL,
	"title_en" text
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_available_idx" ON "outbox" USING btree ("available_at","id");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_categories_idx" ON "search_documents" USING gin ("category_slugs");--> statement-breakpoint
CREATE INDEX "search_documents_province_idx" ON "search_documents" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "search_documents" USING btree ("price_minor");--> statement-breakpoint
CREATE INDEX "search_documents_published_idx" ON "search_documents" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "search_documents_seller_idx" ON "search_documents" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_words_prefix_idx" ON "search_words" USING btree ("word" text_pattern_ops);