import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100731_vat_settings extends Migration {
  override name = 'Migration20261125100731_vat_settings';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "store_vat_settings" ("store_id" uuid not null, "oss_registered" boolean not null default false, "oss_registered_since" date null, "oss_registration_country" varchar(2) null, "updated_at" timestamptz not null default now(), primary key ("store_id"));`,
    );

    this.addSql(
      `alter table "store_vat_settings" add constraint "store_vat_settings_store_id_foreign" foreign key ("store_id") references "store" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "store_vat_settings" cascade;`);
  }
}
