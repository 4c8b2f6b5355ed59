CREATE TABLE "listing_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"placeholder" text NOT NULL,
	"alt_fa" text,
	"alt_en" text,
	"variants" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"price_minor" bigint,
	"stock" integer,
	"position" integer NOT NULL,
	CONSTRAINT "listing_variants_price_check" CHECK ("listing_variants"."price_minor" is null or "listing_variants"."price_minor" > 0),
	CONSTRAINT "listing_variants_stock_check" CHECK ("listing_variants"."stock" is null or "listing_variants"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_fa" text NOT NULL,
	"title_en" text,
	"description_fa" text NOT NULL,
	"description_en" text,
	"price_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"stock" integer,
	"processing_days" integer,
	"min_order_qty" integer DEFAULT 1 NOT NULL,
	"rejection_reason" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listings_status_check" CHECK ("listings"."status" in ('draft', 'active', 'paused', 'archived', 'rejected')),
	CONSTRAINT "listings_price_check" CHECK ("listings"."price_minor" > 0),
	CONSTRAINT "listings_stock_check" CHECK ("listings"."stock" is null or "listings"."stock" >= 0),
	CONSTRAINT "listings_processing_days_check" CHECK ("listings"."processing_days" is null or "listings"."processing_days" between 1 and 365),
	CONSTRAINT "listings_stock_or_made_to_order_check" CHECK ("listings"."stock" is null or "listings"."processing_days" is null),
	CONSTRAINT "listings_min_order_qty_check" CHECK ("listings"."min_order_qty" >= 1),
	CONSTRAINT "listings_currency_check" CHECK ("listings"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "producer_trades" (
	"producer_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "producer_trades_producer_id_category_id_pk" PRIMARY KEY("producer_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"shop_name" text NOT NULL,
	"province_code" text NOT NULL,
	"city" text NOT NULL,
	"license_no" text,
	"bio" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "producers_status_check" CHECK ("producers"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "listing_images" ADD CONSTRAINT "listing_images_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_variants" ADD CONSTRAINT "listing_variants_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_trades" ADD CONSTRAINT "producer_trades_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_trades" ADD CONSTRAINT "producer_trades_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_images_listing_idx" ON "listing_images" USING btree ("listing_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "listing_variants_sku_key" ON "listing_variants" USING btree ("listing_id","sku");--> statement-breakpoint
CREATE INDEX "listings_producer_idx" ON "listings" USING btree ("producer_id","status");--> statement-breakpoint
CREATE INDEX "listings_category_idx" ON "listings" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "producers_owner_key" ON "producers" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "producers_slug_key" ON "producers" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "producers_status_idx" ON "producers" USING btree ("status");