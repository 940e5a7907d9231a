import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035527_api_keys extends Migration {
  override name = 'Migration20261202035527_api_keys';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "rate_bucket" ("subject" varchar(60) not null, "available" double precision not null, "capacity" int not null, "restore_rate" int not null, "refilled_at" timestamptz not null, "last_granted" boolean not null default true, primary key ("subject"));`,
    );

    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "name" varchar(100) not null, "scopes" text[] not null, "key_hash" varchar(64) not null, "display_form" varchar(32) not null, "created_by_id" uuid not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "grace_ends_at" timestamptz null, "replaced_by_id" uuid null, "last_used_at" timestamptz null, "last_used_ip" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`create index "api_key_store_id_index" on "api_key" ("store_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `create table "api_key_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "api_key_id" uuid not null, "operation_name" varchar(200) null, "cost" int not null, "status" smallint not null, "duration_ms" double precision not null, "ip_address" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`create index "api_key_request_store_id_index" on "api_key_request" ("store_id");`);
    this.addSql(`create index "api_key_request_created_at_index" on "api_key_request" ("created_at");`);
    this.addSql(`create index "api_key_request_api_key_id_id_index" on "api_key_request" ("api_key_id", "id");`);

    this.addSql(
      `alter table "api_key" add constraint "api_key_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "api_key_request" add constraint "api_key_request_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key_request" add constraint "api_key_request_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_key_request" drop constraint "api_key_request_api_key_id_foreign";`);

    this.addSql(`drop table if exists "rate_bucket" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "api_key_request" cascade;`);
  }
}
