import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035414_purchasing extends Migration {
  override name = 'Migration20261202035414_purchasing';

  override up(): void | Promise<void> {
    this.addSql(
      `create type "purchase_order_status" as enum ('draft', 'sent', 'partially_received', 'received', 'closed', 'cancelled');`,
    );
    this.addSql(
      `create table "purchasing_settings" ("store_id" uuid not null, "po_prefix" varchar(255) not null default 'PO', "over_receipt_tolerance_percent" int not null default 0, "velocity_days" int not null default 30, "safety_days" int not null default 7, primary key ("store_id"));`,
    );

    this.addSql(
      `create table "reorder_point" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "product_id" uuid not null, "location_id" uuid not null, "min_quantity" int not null, "max_quantity" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "reorder_point_store_id_index" on "reorder_point" ("store_id");`);
    this.addSql(`create index "reorder_point_product_id_index" on "reorder_point" ("product_id");`);
    this.addSql(
      `alter table "reorder_point" add constraint "reorder_point_product_location_unique" unique ("product_id", "location_id");`,
    );

    this.addSql(
      `create table "supplier" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "name" varchar(255) not null, "contact_person" varchar(255) null, "email" varchar(255) null, "phone" varchar(255) null, "address_line" varchar(255) null, "postal_code" varchar(255) null, "city" varchar(255) null, "country" varchar(2) null, "vat_number" varchar(255) null, "currency" varchar(3) not null default 'EUR', "lead_time_days" int not null default 7, "payment_terms" varchar(255) null, "notes" text null, "archived" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(`create index "supplier_store_id_index" on "supplier" ("store_id");`);

    this.addSql(
      `create table "purchase_order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "number" varchar(255) not null, "supplier_id" uuid not null, "supplier_snapshot" jsonb null, "status" "purchase_order_status" not null default 'draft', "order_date" date null, "expected_date" date null, "delivery_location_id" uuid not null, "notes" text null, "currency" varchar(3) not null default 'EUR', "total_cents" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "purchase_order_store_id_index" on "purchase_order" ("store_id");`);
    this.addSql(`create index "purchase_order_supplier_id_index" on "purchase_order" ("supplier_id");`);
    this.addSql(`create index "purchase_order_store_status_index" on "purchase_order" ("store_id", "status");`);
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_store_number_unique" unique ("store_id", "number");`,
    );

    this.addSql(
      `create table "purchase_order_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "purchase_order_id" uuid not null, "position" int not null, "product_id" uuid not null, "supplier_sku" varchar(255) null, "quantity_ordered" int not null, "unit_cost_cents" int not null, "quantity_received" int not null default 0, "quantity_rejected" int not null default 0, "quantity_short_closed" int not null default 0, "over_receipt_allowance" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "purchase_order_line_store_id_index" on "purchase_order_line" ("store_id");`);
    this.addSql(
      `create index "purchase_order_line_purchase_order_id_index" on "purchase_order_line" ("purchase_order_id");`,
    );
    this.addSql(`create index "purchase_order_line_product_id_index" on "purchase_order_line" ("product_id");`);

    this.addSql(
      `create table "supplier_product" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "supplier_id" uuid not null, "product_id" uuid not null, "supplier_sku" varchar(255) null, "unit_cost_cents" int not null, "pack_size" int not null default 1, "min_order_quantity" int not null default 1, "lead_time_days" int null, "preferred" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(`create index "supplier_product_store_id_index" on "supplier_product" ("store_id");`);
    this.addSql(`create index "supplier_product_supplier_id_index" on "supplier_product" ("supplier_id");`);
    this.addSql(`create index "supplier_product_product_id_index" on "supplier_product" ("product_id");`);
    this.addSql(
      `alter table "supplier_product" add constraint "supplier_product_supplier_product_unique" unique ("supplier_id", "product_id");`,
    );

    this.addSql(
      `create table "purchase_receipt" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "purchase_order_id" uuid not null, "number" varchar(255) not null, "idempotency_key" varchar(255) not null, "request_hash" varchar(255) not null, "delivery_note" varchar(255) null, "user_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "purchase_receipt_store_id_index" on "purchase_receipt" ("store_id");`);
    this.addSql(`create index "purchase_receipt_purchase_order_id_index" on "purchase_receipt" ("purchase_order_id");`);
    this.addSql(
      `alter table "purchase_receipt" add constraint "purchase_receipt_store_number_unique" unique ("store_id", "number");`,
    );
    this.addSql(
      `alter table "purchase_receipt" add constraint "purchase_receipt_store_key_unique" unique ("store_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "purchase_receipt_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "receipt_id" uuid not null, "line_id" uuid not null, "product_id" uuid not null, "location_id" uuid not null, "accepted" int not null, "rejected" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "purchase_receipt_line_store_id_index" on "purchase_receipt_line" ("store_id");`);
    this.addSql(`create index "purchase_receipt_line_receipt_id_index" on "purchase_receipt_line" ("receipt_id");`);
    this.addSql(`create index "purchase_receipt_line_line_id_index" on "purchase_receipt_line" ("line_id");`);

    this.addSql(
      `create table "purchase_order_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "purchase_order_id" uuid not null, "kind" varchar(255) not null, "message" text not null, "user_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "purchase_order_event_store_id_index" on "purchase_order_event" ("store_id");`);
    this.addSql(
      `create index "purchase_order_event_purchase_order_id_index" on "purchase_order_event" ("purchase_order_id");`,
    );

    this.addSql(`alter type "inventory_reason" add value if not exists 'purchase_receipt' after 'fulfilled';`);
    this.addSql(`alter table "inventory_transaction" add "purchase_order_id" uuid null, add "receipt_id" uuid null;`);
    this.addSql(
      `create index "inventory_transaction_purchase_order_id_index" on "inventory_transaction" ("purchase_order_id");`,
    );

    this.addSql(
      `alter table "purchasing_settings" add constraint "purchasing_settings_store_id_foreign" foreign key ("store_id") references "store" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "purchasing_settings" add constraint "purchasing_settings_ranges" check (over_receipt_tolerance_percent between 0 and 100 and velocity_days between 1 and 365 and safety_days between 0 and 365);`,
    );

    this.addSql(
      `alter table "reorder_point" add constraint "reorder_point_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "reorder_point" add constraint "reorder_point_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "reorder_point" add constraint "reorder_point_location_id_foreign" foreign key ("location_id") references "location" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "reorder_point" add constraint "reorder_point_range_valid" check (min_quantity >= 0 and max_quantity >= min_quantity);`,
    );

    this.addSql(
      `alter table "supplier" add constraint "supplier_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "supplier" add constraint "supplier_lead_time_nonnegative" check (lead_time_days >= 0);`);

    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_delivery_location_id_foreign" foreign key ("delivery_location_id") references "location" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_total_nonnegative" check (total_cents >= 0);`,
    );

    this.addSql(
      `alter table "purchase_order_line" add constraint "purchase_order_line_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_order_line" add constraint "purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_order_line" add constraint "purchase_order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_order_line" add constraint "purchase_order_line_quantities_valid" check (quantity_ordered >= 1 and quantity_received >= 0 and quantity_rejected >= 0 and quantity_short_closed >= 0 and over_receipt_allowance >= 0 and unit_cost_cents >= 0 and quantity_received + quantity_short_closed <= quantity_ordered + over_receipt_allowance);`,
    );

    this.addSql(
      `alter table "supplier_product" add constraint "supplier_product_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "supplier_product" add constraint "supplier_product_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "supplier_product" add constraint "supplier_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "supplier_product" add constraint "supplier_product_terms_valid" check (unit_cost_cents >= 0 and pack_size >= 1 and min_order_quantity >= 1);`,
    );

    this.addSql(
      `alter table "purchase_receipt" add constraint "purchase_receipt_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_receipt" add constraint "purchase_receipt_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_receipt" add constraint "purchase_receipt_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_receipt_id_foreign" foreign key ("receipt_id") references "purchase_receipt" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_line_id_foreign" foreign key ("line_id") references "purchase_order_line" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_location_id_foreign" foreign key ("location_id") references "location" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_receipt_line" add constraint "purchase_receipt_line_quantities_valid" check (accepted >= 0 and rejected >= 0);`,
    );

    this.addSql(
      `alter table "purchase_order_event" add constraint "purchase_order_event_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_order_event" add constraint "purchase_order_event_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "purchase_order_event" add constraint "purchase_order_event_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "purchase_order" drop constraint "purchase_order_supplier_id_foreign";`);
    this.addSql(`alter table "supplier_product" drop constraint "supplier_product_supplier_id_foreign";`);
    this.addSql(`alter table "purchase_order_line" drop constraint "purchase_order_line_purchase_order_id_foreign";`);
    this.addSql(`alter table "purchase_receipt" drop constraint "purchase_receipt_purchase_order_id_foreign";`);
    this.addSql(`alter table "purchase_order_event" drop constraint "purchase_order_event_purchase_order_id_foreign";`);
    this.addSql(`alter table "purchase_receipt_line" drop constraint "purchase_receipt_line_line_id_foreign";`);
    this.addSql(`alter table "purchase_receipt_line" drop constraint "purchase_receipt_line_receipt_id_foreign";`);

    this.addSql(`drop table if exists "purchasing_settings" cascade;`);
    this.addSql(`drop table if exists "reorder_point" cascade;`);
    this.addSql(`drop table if exists "supplier" cascade;`);
    this.addSql(`drop table if exists "purchase_order" cascade;`);
    this.addSql(`drop table if exists "purchase_order_line" cascade;`);
    this.addSql(`drop table if exists "supplier_product" cascade;`);
    this.addSql(`drop table if exists "purchase_receipt" cascade;`);
    this.addSql(`drop table if exists "purchase_receipt_line" cascade;`);
    this.addSql(`drop table if exists "purchase_order_event" cascade;`);

    this.addSql(`drop index "inventory_transaction_purchase_order_id_index";`);
    this.addSql(`alter table "inventory_transaction" drop column "purchase_order_id", drop column "receipt_id";`);

    this.addSql(`drop type "purchase_order_status";`);
  }
}
