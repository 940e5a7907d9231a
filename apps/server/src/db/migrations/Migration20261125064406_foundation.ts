import { Migration } from '@mikro-orm/migrations';

export class Migration20261125064406_foundation extends Migration {
  override name = 'Migration20261125064406_foundation';

  override up(): void | Promise<void> {
    this.addSql(`create type "locale" as enum ('en', 'fr', 'de');`);
    this.addSql(`create type "role" as enum ('owner', 'manager', 'staff', 'accountant');`);
    this.addSql(
      `create table "login_throttle" ("email" varchar(255) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, primary key ("email"));`,
    );

    this.addSql(
      `create table "merchant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "legal_name" varchar(255) not null, "address_line" varchar(255) not null, "postal_code" varchar(255) not null, "city" varchar(255) not null, "country" varchar(2) not null, "vat_number" varchar(255) null, "rcs_number" varchar(255) null, primary key ("id"));`,
    );

    this.addSql(
      `create table "store" ("id" uuid not null, "merchant_id" uuid not null, "name" varchar(255) not null, "slug" varchar(255) not null, "country" varchar(2) not null default 'LU', "currency" varchar(3) not null default 'EUR', "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "store_merchant_id_index" on "store" ("merchant_id");`);
    this.addSql(`alter table "store" add constraint "store_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "name" varchar(255) not null, "locale" "locale" not null default 'en', "password_hash" varchar(255) not null, primary key ("id"));`,
    );
    this.addSql(`create unique index "app_user_email_lower_unique" on "app_user" (lower("email"));`);

    this.addSql(
      `create table "session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_seen_at" timestamptz not null default now(), "user_agent" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "merchant_owner" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "merchant_id" uuid not null, "user_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "merchant_owner_user_id_index" on "merchant_owner" ("user_id");`);
    this.addSql(
      `alter table "merchant_owner" add constraint "merchant_owner_merchant_id_user_id_unique" unique ("merchant_id", "user_id");`,
    );

    this.addSql(
      `create table "membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "store_id" uuid not null, "role" "role" not null, primary key ("id"));`,
    );
    this.addSql(`create index "membership_store_id_index" on "membership" ("store_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_store_id_unique" unique ("user_id", "store_id");`,
    );

    this.addSql(
      `create table "invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "email" varchar(255) not null, "role" "role" not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "invitation_store_id_index" on "invitation" ("store_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "store" add constraint "store_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "merchant_owner" add constraint "merchant_owner_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "merchant_owner" add constraint "merchant_owner_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "store" drop constraint "store_merchant_id_foreign";`);
    this.addSql(`alter table "merchant_owner" drop constraint "merchant_owner_merchant_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_store_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_store_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "merchant_owner" drop constraint "merchant_owner_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);
    this.addSql(`drop table if exists "merchant" cascade;`);
    this.addSql(`drop table if exists "store" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "merchant_owner" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop type "locale";`);
    this.addSql(`drop type "role";`);
  }
}
