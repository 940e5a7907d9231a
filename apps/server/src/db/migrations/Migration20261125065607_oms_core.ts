import { Migration } from '@mikro-orm/migrations';

export class Migration20261125065607_oms_core extends Migration {
  override name = 'Migration20261125065607_oms_core';

  override up(): void | Promise<void> {
    this.addSql(`create type "vat_category" as enum ('standard', 'reduced', 'super_reduced', 'zero');`);
    this.addSql(`create type "product_status" as enum ('active', 'archived');`);
    this.addSql(`create type "customer_language" as enum ('en', 'fr', 'de', 'lb');`);
    this.addSql(`create type "order_channel" as enum ('direct', 'letzshop');`);
    this.addSql(
      `create type "order_status" as enum ('pending', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded');`,
    );
    this.addSql(
      `create type "item_state" as enum ('unconfirmed', 'confirmed_available', 'confirmed_unavailable', 'returned');`,
    );
    this.addSql(`create type "reservation_status" as enum ('open', 'fulfilled', 'released');`);
    this.addSql(
      `create type "inventory_reason" as enum ('received', 'counted', 'damaged', 'returned', 'correction', 'transfer_out', 'transfer_in', 'reserved', 'released', 'fulfilled');`,
    );
    this.addSql(
      `create table "product" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "sku" varchar(255) not null, "gtin" varchar(14) null, "name" varchar(255) not null, "description" text null, "brand" varchar(255) null, "price_cents" int not null, "cost_cents" int not null default 0, "vat_category" "vat_category" not null default 'standard', "digital" boolean not null default false, "status" "product_status" not null default 'active', "low_stock_threshold" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "product_store_id_index" on "product" ("store_id");`);
    this.addSql(
      `create index "product_search_index" on "product" using gin (to_tsvector('simple', coalesce("name", '') || ' ' || coalesce("brand", '')));`,
    );
    this.addSql(`create index "product_store_gtin_index" on "product" ("store_id", "gtin");`);
    this.addSql(`alter table "product" add constraint "product_store_sku_unique" unique ("store_id", "sku");`);

    this.addSql(
      `create table "location" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "warehouse" varchar(255) not null, "bin" varchar(255) not null, primary key ("id"));`,
    );
    this.addSql(`create index "location_store_id_index" on "location" ("store_id");`);
    this.addSql(
      `alter table "location" add constraint "location_store_warehouse_bin_unique" unique ("store_id", "warehouse", "bin");`,
    );

    this.addSql(
      `create table "stock_level" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "product_id" uuid not null, "location_id" uuid not null, "quantity" int not null default 0, "reserved" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "stock_level_store_id_index" on "stock_level" ("store_id");`);
    this.addSql(`create index "stock_level_product_id_index" on "stock_level" ("product_id");`);
    this.addSql(`create index "stock_level_location_id_index" on "stock_level" ("location_id");`);
    this.addSql(
      `alter table "stock_level" add constraint "stock_level_product_location_unique" unique ("product_id", "location_id");`,
    );

    this.addSql(
      `create table "customer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "email" varchar(255) not null, "first_name" varchar(255) not null default '', "last_name" varchar(255) not null default '', "company" varchar(255) null, "phone" varchar(255) null, "vat_number" varchar(255) null, "preferred_language" "customer_language" not null default 'fr', "marketing_consent" boolean not null default false, "is_guest" boolean not null default false, "shipping_address" jsonb null, "billing_address" jsonb null, "total_orders" int not null default 0, "total_spent_cents" bigint not null default '0', "first_order_at" timestamptz null, "last_order_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_store_id_index" on "customer" ("store_id");`);
    this.addSql(`create unique index "customer_store_email_unique" on "customer" ("store_id", lower("email"));`);

    this.addSql(
      `create table "customer_order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "order_number" int not null, "channel" "order_channel" not null, "status" "order_status" not null default 'pending', "customer_id" uuid not null, "customer_snapshot" jsonb not null, "shipping_address" jsonb not null, "billing_address" jsonb not null, "subtotal_cents" int not null, "shipping_cents" int not null default 0, "discount_cents" int not null default 0, "tax_cents" int not null, "total_cents" int not null, "currency" varchar(3) not null default 'EUR', "vat_regime" varchar(255) null, "ordered_at" timestamptz not null, "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null, "carrier" varchar(255) null, "tracking_number" varchar(255) null, "note" text null, "external_order_id" varchar(255) null, "external_shipment_id" varchar(255) null, "external_order_number" varchar(255) null, "external_data" jsonb null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_order_store_id_index" on "customer_order" ("store_id");`);
    this.addSql(`create index "order_customer_index" on "customer_order" ("customer_id");`);
    this.addSql(`create index "order_store_status_index" on "customer_order" ("store_id", "status");`);
    this.addSql(`create index "order_store_ordered_at_index" on "customer_order" ("store_id", "ordered_at", "id");`);
    this.addSql(
      `create unique index "order_store_external_shipment_unique" on "customer_order" ("store_id", "external_shipment_id") where "external_shipment_id" is not null;`,
    );
    this.addSql(
      `alter table "customer_order" add constraint "order_store_number_unique" unique ("store_id", "order_number");`,
    );

    this.addSql(
      `create table "order_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "order_id" uuid not null, "position" int not null, "product_id" uuid null, "sku" varchar(255) not null, "gtin" varchar(255) null, "name" varchar(255) not null, "unit_price_cents" int not null, "vat_category" "vat_category" not null, "quantity" int not null, "line_total_cents" int not null, "external_item_ids" jsonb not null, "item_state" "item_state" null, "unmatched_product" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(`create index "order_line_store_id_index" on "order_line" ("store_id");`);
    this.addSql(`create index "order_line_order_id_index" on "order_line" ("order_id");`);
    this.addSql(`create index "order_line_product_id_index" on "order_line" ("product_id");`);

    this.addSql(
      `create table "stock_reservation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "order_line_id" uuid not null, "product_id" uuid not null, "location_id" uuid not null, "quantity" int not null, "status" "reservation_status" not null default 'open', primary key ("id"));`,
    );
    this.addSql(`create index "stock_reservation_store_id_index" on "stock_reservation" ("store_id");`);
    this.addSql(`create index "stock_reservation_order_line_id_index" on "stock_reservation" ("order_line_id");`);

    this.addSql(
      `create table "store_counter" ("store_id" uuid not null, "name" varchar(255) not null, "last_value" bigint not null default '0', primary key ("store_id", "name"));`,
    );

    this.addSql(
      `create table "order_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "order_id" uuid not null, "user_id" uuid null, "kind" varchar(255) not null, "message" text not null, "from_status" varchar(255) null, "to_status" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "order_event_store_id_index" on "order_event" ("store_id");`);
    this.addSql(`create index "order_event_order_id_index" on "order_event" ("order_id");`);

    this.addSql(
      `create table "inventory_transaction" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "product_id" uuid not null, "location_id" uuid not null, "reason" "inventory_reason" not null, "quantity_before" int not null, "quantity_after" int not null, "reserved_before" int not null, "reserved_after" int not null, "note" text null, "user_id" uuid null, "order_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "inventory_transaction_store_id_index" on "inventory_transaction" ("store_id");`);
    this.addSql(`create index "inventory_transaction_order_id_index" on "inventory_transaction" ("order_id");`);
    this.addSql(
      `create index "inventory_transaction_product_created_index" on "inventory_transaction" ("product_id", "created_at");`,
    );

    this.addSql(
      `alter table "product" add constraint "product_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product" add constraint "product_low_stock_nonnegative" check (low_stock_threshold >= 0);`,
    );
    this.addSql(
      `alter table "product" add constraint "product_price_nonnegative" check (price_cents >= 0 and cost_cents >= 0);`,
    );

    this.addSql(
      `alter table "location" add constraint "location_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "stock_level" add constraint "stock_level_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "stock_level" add constraint "stock_level_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "stock_level" add constraint "stock_level_location_id_foreign" foreign key ("location_id") references "location" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "stock_level" add constraint "stock_level_reserved_within_quantity" check (reserved >= 0 and reserved <= quantity);`,
    );
    this.addSql(`alter table "stock_level" add constraint "stock_level_quantity_nonnegative" check (quantity >= 0);`);

    this.addSql(
      `alter table "customer" add constraint "customer_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "customer" add constraint "customer_stats_nonnegative" check (total_orders >= 0 and total_spent_cents >= 0);`,
    );

    this.addSql(
      `alter table "customer_order" add constraint "customer_order_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "customer_order" add constraint "customer_order_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "customer_order" add constraint "order_amounts_nonnegative" check (subtotal_cents >= 0 and shipping_cents >= 0 and discount_cents >= 0 and tax_cents >= 0 and total_cents >= 0);`,
    );

    this.addSql(
      `alter table "order_line" add constraint "order_line_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "order_line" add constraint "order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "order_line" add constraint "order_line_quantity_positive" check (quantity > 0 and unit_price_cents >= 0);`,
    );

    this.addSql(
      `alter table "stock_reservation" add constraint "stock_reservation_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "stock_reservation" add constraint "stock_reservation_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "stock_reservation" add constraint "stock_reservation_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "stock_reservation" add constraint "stock_reservation_location_id_foreign" foreign key ("location_id") references "location" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "stock_reservation" add constraint "stock_reservation_quantity_positive" check (quantity > 0);`,
    );

    this.addSql(
      `alter table "order_event" add constraint "order_event_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "order_event" add constraint "order_event_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "order_event" add constraint "order_event_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "inventory_transaction" add constraint "inventory_transaction_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "inventory_transaction" add constraint "inventory_transaction_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "inventory_transaction" add constraint "inventory_transaction_location_id_foreign" foreign key ("location_id") references "location" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "inventory_transaction" add constraint "inventory_transaction_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "stock_level" drop constraint "stock_level_product_id_foreign";`);
    this.addSql(`alter table "order_line" drop constraint "order_line_product_id_foreign";`);
    this.addSql(`alter table "stock_reservation" drop constraint "stock_reservation_product_id_foreign";`);
    this.addSql(`alter table "inventory_transaction" drop constraint "inventory_transaction_product_id_foreign";`);
    this.addSql(`alter table "stock_level" drop constraint "stock_level_location_id_foreign";`);
    this.addSql(`alter table "stock_reservation" drop constraint "stock_reservation_location_id_foreign";`);
    this.addSql(`alter table "inventory_transaction" drop constraint "inventory_transaction_location_id_foreign";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_customer_id_foreign";`);
    this.addSql(`alter table "order_line" drop constraint "order_line_order_id_foreign";`);
    this.addSql(`alter table "order_event" drop constraint "order_event_order_id_foreign";`);
    this.addSql(`alter table "stock_reservation" drop constraint "stock_reservation_order_line_id_foreign";`);

    this.addSql(`drop table if exists "product" cascade;`);
    this.addSql(`drop table if exists "location" cascade;`);
    this.addSql(`drop table if exists "stock_level" cascade;`);
    this.addSql(`drop table if exists "customer" cascade;`);
    this.addSql(`drop table if exists "customer_order" cascade;`);
    this.addSql(`drop table if exists "order_line" cascade;`);
    this.addSql(`drop table if exists "stock_reservation" cascade;`);
    this.addSql(`drop table if exists "store_counter" cascade;`);
    this.addSql(`drop table if exists "order_event" cascade;`);
    this.addSql(`drop table if exists "inventory_transaction" cascade;`);

    this.addSql(`drop type "vat_category";`);
    this.addSql(`drop type "product_status";`);
    this.addSql(`drop type "customer_language";`);
    this.addSql(`drop type "order_channel";`);
    this.addSql(`drop type "order_status";`);
    this.addSql(`drop type "item_state";`);
    this.addSql(`drop type "reservation_status";`);
    this.addSql(`drop type "inventory_reason";`);
  }
}
