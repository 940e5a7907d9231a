import { Migration } from '@mikro-orm/migrations';

export class Migration20261125110033_vat_sales_outside_orion extends Migration {
  override name = 'Migration20261125110033_vat_sales_outside_orion';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "vat_sales_outside_orion" ("store_id" uuid not null, "year" int not null, "cents" int not null, "updated_at" timestamptz not null default now(), primary key ("store_id", "year"));`,
    );

    this.addSql(
      `alter table "vat_sales_outside_orion" add constraint "vat_sales_outside_orion_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "vat_sales_outside_orion" cascade;`);
  }
}
