import { Migration } from '@mikro-orm/migrations';

/**
 * Order creation under load: a store's direct orders are serialised by three per-store rows (the
 * allowance, the order counter, the kept order count). So that their locks are held only at the
 * end of each order's transaction:
 * - the order number's uniqueness is checked at commit (a direct order is written with the
 *   placeholder 0 and numbered by the transaction's last statements);
 * - the kept count is added at commit, per inserted order, by a deferred constraint trigger
 *   (it was one upsert per INSERT statement, right away, which held the count's row lock from the
 *   order's insert to the commit). Deleting orders still counts once per statement.
 */
export class Migration20261202034511_deferred_order_number extends Migration {
  override name = 'Migration20261202034511_deferred_order_number';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer_order" drop constraint "order_store_number_unique";`);
    this.addSql(
      `alter table "customer_order" add constraint "order_store_number_unique" unique ("store_id", "order_number") deferrable initially deferred;`,
    );
    this.addSql(`drop trigger if exists store_order_count_added on "customer_order";`);
    this.addSql('drop function if exists store_order_count_added();');
    // At commit the order may have been deleted by its own transaction (the delete trigger then
    // found nothing to take off): only orders still there count.
    this.addSql(`create function store_order_count_added() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from customer_order where id = new.id) then
          insert into store_order_count (store_id, orders) values (new.store_id, 1)
          on conflict (store_id) do update set orders = store_order_count.orders + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger store_order_count_added after insert on "customer_order"
      deferrable initially deferred for each row execute function store_order_count_added();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists store_order_count_added on "customer_order";`);
    this.addSql('drop function if exists store_order_count_added();');
    this.addSql(`create function store_order_count_added() returns trigger language plpgsql as $$
      begin
        insert into store_order_count (store_id, orders)
          select store_id, count(*) from added group by store_id
        on conflict (store_id) do update set orders = store_order_count.orders + excluded.orders;
        return null;
      end $$;`);
    this.addSql(`create trigger store_order_count_added after insert on "customer_order"
      referencing new table as added for each statement execute function store_order_count_added();`);
    this.addSql(`alter table "customer_order" drop constraint "order_store_number_unique";`);
    this.addSql(
      `alter table "customer_order" add constraint "order_store_number_unique" unique ("store_id", "order_number");`,
    );
  }
}
