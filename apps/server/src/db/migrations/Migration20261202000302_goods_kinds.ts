import { Migration } from '@mikro-orm/migrations';

export class Migration20261202000302_goods_kinds extends Migration {
  override name = 'Migration20261202000302_goods_kinds';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "product_vat_override_log" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "product_id" uuid not null, "country" varchar(2) not null, "action" text not null, "rate_category" varchar(255) null, "note" text null, "changed_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "product_vat_override_log_store_id_index" on "product_vat_override_log" ("store_id");`);
    this.addSql(
      `create index "product_vat_override_log_product_id_index" on "product_vat_override_log" ("product_id");`,
    );

    this.addSql(
      `create table "product_vat_override" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "product_id" uuid not null, "country" varchar(2) not null, "rate_category" text not null, "note" text not null, "set_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "product_vat_override_store_id_index" on "product_vat_override" ("store_id");`);
    this.addSql(
      `alter table "product_vat_override" add constraint "product_vat_override_product_country_unique" unique ("store_id", "product_id", "country");`,
    );

    this.addSql(`alter table "product" add "goods_kind" text null;`);
    this.addSql(`create index "product_store_goods_kind_index" on "product" ("store_id", "goods_kind");`);
    this.addSql(
      `alter table "product" add constraint "product_goods_kind_check" check ("goods_kind" in ('foodstuffs', 'chocolate', 'confectionery', 'non_alcoholic_beverages', 'fruit_juices', 'water', 'wine', 'beer', 'spirits', 'printed_books', 'ebooks', 'newspapers_periodicals', 'pharmaceuticals', 'medical_devices', 'childrens_clothing', 'clothing', 'cosmetics_hygiene', 'flowers_plants', 'toys', 'electronics_household', 'other'));`,
    );

    this.addSql(
      `alter table "product_vat_override_log" add constraint "product_vat_override_log_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product_vat_override_log" add constraint "product_vat_override_log_action_check" check ("action" in ('set', 'removed'));`,
    );

    this.addSql(
      `alter table "product_vat_override" add constraint "product_vat_override_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product_vat_override" add constraint "product_vat_override_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product_vat_override" add constraint "product_vat_override_rate_category_check" check ("rate_category" in ('standard', 'reduced', 'reduced2', 'super_reduced', 'zero', 'parking'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "product_vat_override_log" cascade;`);
    this.addSql(`drop table if exists "product_vat_override" cascade;`);

    this.addSql(`drop index "product_store_goods_kind_index";`);
    this.addSql(`alter table "product" drop constraint "product_goods_kind_check";`);
    this.addSql(`alter table "product" drop column "goods_kind";`);
  }
}
