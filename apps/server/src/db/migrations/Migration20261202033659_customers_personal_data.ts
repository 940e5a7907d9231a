import { Migration } from '@mikro-orm/migrations';

export class Migration20261202033659_customers_personal_data extends Migration {
  override name = 'Migration20261202033659_customers_personal_data';

  override up(): void | Promise<void> {
    this.addSql(`create type "personal_data_access_kind" as enum ('export', 'access_request', 'erasure');`);
    this.addSql(`create type "consent_status" as enum ('subscribed', 'unsubscribed', 'not_asked');`);
    this.addSql(
      `create type "consent_source" as enum ('letzshop_checkout', 'shop_counter', 'form', 'import', 'erasure');`,
    );
    this.addSql(
      `create table "personal_data_access" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "kind" "personal_data_access_kind" not null, "user_id" uuid null, "user_name" varchar(255) not null, "detail" varchar(255) not null, "filters" jsonb not null default '{}', "row_count" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_access_store_id_index" on "personal_data_access" ("store_id");`);
    this.addSql(
      `create index "personal_data_access_store_created_index" on "personal_data_access" ("store_id", "created_at");`,
    );

    this.addSql(
      `create table "erased_buyer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "subject_hash" varchar(64) not null, "customer_id" uuid not null, "erased_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "erased_buyer_store_id_index" on "erased_buyer" ("store_id");`);
    this.addSql(
      `alter table "erased_buyer" add constraint "erased_buyer_store_hash_unique" unique ("store_id", "subject_hash");`,
    );

    this.addSql(
      `create table "customer_consent_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "customer_id" uuid not null, "status" "consent_status" not null, "source" "consent_source" not null, "changed_at" timestamptz not null, "recorded_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_consent_event_store_id_index" on "customer_consent_event" ("store_id");`);
    this.addSql(
      `create index "customer_consent_event_customer_index" on "customer_consent_event" ("customer_id", "changed_at");`,
    );

    this.addSql(
      `alter table "customer" add "consent_status" "consent_status" not null default 'not_asked', add "consent_source" "consent_source" null, add "consent_changed_at" timestamptz null, add "tags" text[] not null default '{}', add "erased_at" timestamptz null;`,
    );
    // The yes/no of before becomes a state; its source and date were never recorded.
    this.addSql(`update "customer" set "consent_status" = 'subscribed' where "marketing_consent";`);
    this.addSql(`alter table "customer" drop column "marketing_consent";`);

    this.addSql(
      `alter table "personal_data_access" add constraint "personal_data_access_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "erased_buyer" add constraint "erased_buyer_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "customer_consent_event" add constraint "customer_consent_event_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "customer_consent_event" add constraint "customer_consent_event_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "personal_data_access" cascade;`);
    this.addSql(`drop table if exists "erased_buyer" cascade;`);
    this.addSql(`drop table if exists "customer_consent_event" cascade;`);
    this.addSql(`alter table "customer" add "marketing_consent" bool not null default false;`);
    this.addSql(`update "customer" set "marketing_consent" = true where "consent_status" = 'subscribed';`);
    this.addSql(
      `alter table "customer" drop column "consent_status", drop column "consent_source", drop column "consent_changed_at", drop column "tags", drop column "erased_at";`,
    );
    this.addSql(`drop type "personal_data_access_kind";`);
    this.addSql(`drop type "consent_status";`);
    this.addSql(`drop type "consent_source";`);
  }
}
