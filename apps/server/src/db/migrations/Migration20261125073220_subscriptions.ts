import { Migration } from '@mikro-orm/migrations';

export class Migration20261125073220_subscriptions extends Migration {
  override name = 'Migration20261125073220_subscriptions';

  override up(): void | Promise<void> {
    this.addSql(`create type "tier" as enum ('essential', 'professional', 'business');`);
    this.addSql(
      `create table "store_subscription" ("store_id" uuid not null, "tier" "tier" not null, "status" varchar(255) not null default 'active', "period_start" timestamptz not null, "period_end" timestamptz not null, "orders_in_period" int not null default 0, "updated_at" timestamptz not null default now(), primary key ("store_id"));`,
    );

    this.addSql(
      `create table "subscription_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "from_tier" "tier" not null, "to_tier" "tier" not null, "changed_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "subscription_change_store_id_index" on "subscription_change" ("store_id");`);

    this.addSql(
      `alter table "store_counter" add constraint "store_counter_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "store_subscription" add constraint "store_subscription_store_id_foreign" foreign key ("store_id") references "store" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "store_subscription" add constraint "store_subscription_orders_nonnegative" check (orders_in_period >= 0);`,
    );

    this.addSql(
      `alter table "subscription_change" add constraint "subscription_change_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription_change" add constraint "subscription_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "store_subscription" cascade;`);
    this.addSql(`drop table if exists "subscription_change" cascade;`);

    this.addSql(`alter table "store_counter" drop constraint "store_counter_store_id_foreign";`);

    this.addSql(`drop type "tier";`);
  }
}
