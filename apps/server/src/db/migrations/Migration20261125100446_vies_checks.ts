import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100446_vies_checks extends Migration {
  override name = 'Migration20261125100446_vies_checks';

  override up(): void | Promise<void> {
    this.addSql(`create type "vat_check_status" as enum ('valid', 'invalid', 'unknown');`);
    this.addSql(
      `create table "vat_check" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "customer_id" uuid null, "vat_number" varchar(255) not null, "status" "vat_check_status" not null, "source" varchar(10) not null, "checked_at" timestamptz not null, "request_date" varchar(255) null, "consultation_number" varchar(255) null, "trader_name" varchar(255) null, "trader_address" text null, "error_code" varchar(255) null, "message" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "vat_check_store_id_index" on "vat_check" ("store_id");`);
    this.addSql(`create index "vat_check_customer_id_index" on "vat_check" ("customer_id");`);
    this.addSql(`create index "vat_check_store_number_index" on "vat_check" ("store_id", "vat_number", "checked_at");`);

    this.addSql(`alter table "customer" add "is_business" boolean not null default false;`);

    this.addSql(
      `alter table "vat_check" add constraint "vat_check_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "vat_check" add constraint "vat_check_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "vat_check" cascade;`);

    this.addSql(`alter table "customer" drop column "is_business";`);

    this.addSql(`drop type "vat_check_status";`);
  }
}
