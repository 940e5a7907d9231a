import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100122_letzshop_sync extends Migration {
  override name = 'Migration20261125100122_letzshop_sync';

  override up(): void | Promise<void> {
    this.addSql(`create type "letzshop_sync_kind" as enum ('incremental', 'historical');`);
    this.addSql(`create type "letzshop_sync_trigger" as enum ('manual', 'schedule', 'cli');`);
    this.addSql(
      `create type "letzshop_sync_status" as enum ('queued', 'running', 'succeeded', 'failed', 'interrupted');`,
    );
    this.addSql(
      `create table "letzshop_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "api_key_sealed" text null, "api_key_last4" varchar(4) null, "endpoint_url" varchar(255) not null default 'https://letzshop.lu/graphql', "auto_sync" boolean not null default false, "sync_interval_minutes" int not null default 15, "default_carrier" varchar(255) null default 'post_lu', "last_synced_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "letzshop_settings_store_id_index" on "letzshop_settings" ("store_id");`);
    this.addSql(`alter table "letzshop_settings" add constraint "letzshop_settings_store_unique" unique ("store_id");`);

    this.addSql(
      `create table "letzshop_sync_run" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "kind" "letzshop_sync_kind" not null, "trigger" "letzshop_sync_trigger" not null, "status" "letzshop_sync_status" not null default 'queued', "requested_by_id" uuid null, "since" timestamptz null, "started_at" timestamptz null, "finished_at" timestamptz null, "heartbeat_at" timestamptz null, "pass" int not null default 0, "cursor" text null, "updated_since" timestamptz null, "resumed_from" uuid null, "pages" int not null default 0, "fetched" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "failed" int not null default 0, "waiting" int not null default 0, "error" text null, "problems" jsonb not null default '[]', primary key ("id"));`,
    );
    this.addSql(`create index "letzshop_sync_run_store_id_index" on "letzshop_sync_run" ("store_id");`);
    this.addSql(
      `create index "letzshop_sync_run_store_created_index" on "letzshop_sync_run" ("store_id", "created_at");`,
    );
    this.addSql(
      `create unique index "letzshop_sync_run_one_active" on "letzshop_sync_run" ("store_id") where status in ('queued', 'running');`,
    );

    this.addSql(
      `alter table "customer_order" add "external_state" varchar(255) null, add "external_fingerprint" varchar(255) null;`,
    );

    this.addSql(`alter table "order_line" drop constraint "order_line_quantity_positive";`);
    this.addSql(`alter table "order_line" add "unit_states" jsonb null;`);
    this.addSql(
      `alter table "order_line" add constraint "order_line_quantity_positive" check ((quantity > 0 or item_state = 'confirmed_unavailable') and quantity >= 0 and unit_price_cents >= 0);`,
    );

    this.addSql(
      `alter table "letzshop_settings" add constraint "letzshop_settings_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "letzshop_sync_run" add constraint "letzshop_sync_run_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "letzshop_sync_run" add constraint "letzshop_sync_run_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "letzshop_settings" cascade;`);
    this.addSql(`drop table if exists "letzshop_sync_run" cascade;`);

    this.addSql(`alter table "customer_order" drop column "external_state", drop column "external_fingerprint";`);

    this.addSql(`alter table "order_line" drop constraint "order_line_quantity_positive";`);
    this.addSql(`alter table "order_line" drop column "unit_states";`);
    this.addSql(
      `alter table "order_line" add constraint "order_line_quantity_positive" check ((quantity > 0) AND (unit_price_cents >= 0));`,
    );

    this.addSql(`drop type "letzshop_sync_kind";`);
    this.addSql(`drop type "letzshop_sync_trigger";`);
    this.addSql(`drop type "letzshop_sync_status";`);
  }
}
