import { Migration } from '@mikro-orm/migrations';

/**
 * Each store's order count, kept by statement-level triggers on `customer_order` (one upsert per
 * statement, whatever the rows it wrote), so `orders { totalCount }` without filters stops
 * counting the store's orders. Backfilled from the orders there are.
 */
export class Migration20261201160000_store_order_count extends Migration {
  override name = 'Migration20261201160000_store_order_count';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "store_order_count" ("store_id" uuid not null, "orders" bigint not null default '0', primary key ("store_id"));`,
    );
    this.addSql(
      `alter table "store_order_count" add constraint "store_order_count_store_id_foreign" foreign key ("store_id") references "store" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create function store_order_count_added() returns trigger language plpgsql as $$
      begin
        insert into store_order_count (store_id, orders)
          select store_id, count(*) from added group by store_id
        on conflict (store_id) do update set orders = store_order_count.orders + excluded.orders;
        return null;
      end $$;`);
    this.addSql(`create function store_order_count_removed() returns trigger language plpgsql as $$
      begin
        update store_order_count c set orders = c.orders - r.n
          from (select store_id, count(*) as n from removed group by store_id) r
         where c.store_id = r.store_id;
        return null;
      end $$;`);
    this.addSql(`create trigger store_order_count_added after insert on "customer_order"
      referencing new table as added for each statement execute function store_order_count_added();`);
    this.addSql(`create trigger store_order_count_removed after delete on "customer_order"
      referencing old table as removed for each statement execute function store_order_count_removed();`);
    this.addSql(`insert into store_order_count (store_id, orders)
      select store_id, count(*) from customer_order group by store_id;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists store_order_count_added on "customer_order";`);
    this.addSql(`drop trigger if exists store_order_count_removed on "customer_order";`);
    this.addSql('drop function if exists store_order_count_added();');
    this.addSql('drop function if exists store_order_count_removed();');
    this.addSql(`drop table if exists "store_order_count" cascade;`);
  }
}
