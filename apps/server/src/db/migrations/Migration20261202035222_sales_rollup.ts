import { Migration } from '@mikro-orm/migrations';

/**
 * The merchant dashboard's daily rollup: `store_sales_day` (per store, Luxembourg day and
 * currency) and `store_product_sales_day` (the same per product), written only by the triggers
 * below. Every statement that inserts, updates or deletes orders, order lines or credit notes
 * notes the (store, day) buckets it touched; at commit, a deferred trigger recounts each of them
 * from the orders themselves, under a transaction advisory lock per bucket, so whatever the writer (GraphQL, REST, CLI, jobs, the Letzshop import's
 * set-based pages) a bucket equals its recount, also with concurrent writers (READ COMMITTED: the
 * recount after the lock sees what the previous holder committed). Backfilled at the end.
 */
export class Migration20261202035222_sales_rollup extends Migration {
  override name = 'Migration20261202035222_sales_rollup';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "store_product_sales_day" ("store_id" uuid not null, "day" date not null, "currency" varchar(3) not null, "product_id" uuid not null, "units" bigint not null default '0', "gross_cents" bigint not null default '0', primary key ("store_id", "day", "currency", "product_id"));`,
    );
    this.addSql(
      `create table "store_sales_day" ("store_id" uuid not null, "day" date not null, "currency" varchar(3) not null, "orders" bigint not null default '0', "units" bigint not null default '0', "net_cents" bigint not null default '0', "vat_cents" bigint not null default '0', "gross_cents" bigint not null default '0', "new_customer_orders" bigint not null default '0', "returning_customer_orders" bigint not null default '0', "refunded_orders" bigint not null default '0', "refunded_cents" bigint not null default '0', "credit_notes" bigint not null default '0', "credit_note_cents" bigint not null default '0', "pending" bigint not null default '0', "processing" bigint not null default '0', "shipped" bigint not null default '0', "delivered" bigint not null default '0', "cancelled" bigint not null default '0', "refunded" bigint not null default '0', primary key ("store_id", "day", "currency"));`,
    );
    this.addSql(
      `alter table "store_product_sales_day" add constraint "store_product_sales_day_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "store_product_sales_day" add constraint "store_product_sales_day_product_id_foreign" foreign key ("product_id") references "product" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "store_sales_day" add constraint "store_sales_day_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    // A customer's orders in time order: "had they ordered before?" and "whose first order follows?".
    this.addSql(
      `create index "order_customer_ordered_at_index" on "customer_order" ("customer_id", "ordered_at", "id");`,
    );

    this.addSql(`create function sales_rollup_recount(s uuid, d date) returns void language plpgsql as $$
      declare
        day_start timestamptz := d::timestamp at time zone 'Europe/Luxembourg';
        day_end timestamptz := (d + 1)::timestamp at time zone 'Europe/Luxembourg';
      begin
        perform pg_advisory_xact_lock(hashtextextended('sales_rollup:' || s::text || ':' || d::text, 0));
        delete from store_sales_day where store_id = s and day = d;
        delete from store_product_sales_day where store_id = s and day = d;
        insert into store_sales_day (store_id, day, currency, orders, units, net_cents, vat_cents, gross_cents,
            new_customer_orders, returning_customer_orders, refunded_orders, refunded_cents, credit_notes,
            credit_note_cents, pending, processing, shipped, delivered, cancelled, refunded)
        with o as (
          select o.id, o.currency, o.status, o.total_cents, o.tax_cents,
                 exists (select 1 from customer_order p
                          where p.customer_id = o.customer_id and p.store_id = o.store_id
                            and (p.ordered_at, p.id) < (o.ordered_at, o.id)) as is_returning
            from customer_order o
           where o.store_id = s and o.ordered_at >= day_start and o.ordered_at < day_end),
        u as (
          select o.currency, sum(l.quantity) as units
            from o join order_line l on l.order_id = o.id
           where o.status <> 'cancelled' group by o.currency),
        a as (
          select currency,
                 count(*) filter (where status <> 'cancelled') as orders,
                 coalesce(sum(total_cents - tax_cents) filter (where status <> 'cancelled'), 0) as net,
                 coalesce(sum(tax_cents) filter (where status <> 'cancelled'), 0) as vat,
                 coalesce(sum(total_cents) filter (where status <> 'cancelled'), 0) as gross,
                 count(*) filter (where status <> 'cancelled' and not is_returning) as new_orders,
                 count(*) filter (where status <> 'cancelled' and is_returning) as returning_orders,
                 count(*) filter (where status = 'refunded') as refunded_orders,
                 coalesce(sum(total_cents) filter (where status = 'refunded'), 0) as refunded_cents,
                 count(*) filter (where status = 'pending') as pending,
                 count(*) filter (where status = 'processing') as processing,
                 count(*) filter (where status = 'shipped') as shipped,
                 count(*) filter (where status = 'delivered') as delivered,
                 count(*) filter (where status = 'cancelled') as cancelled,
                 count(*) filter (where status = 'refunded') as refunded
            from o group by currency),
        cn as (
          select currency, count(*) as n, sum(abs(gross_cents)) as cents
            from invoice where store_id = s and type = 'credit_note' and issue_date = d group by currency)
        select s, d, coalesce(a.currency, cn.currency), coalesce(a.orders, 0), coalesce(u.units, 0),
               coalesce(a.net, 0), coalesce(a.vat, 0), coalesce(a.gross, 0), coalesce(a.new_orders, 0),
               coalesce(a.returning_orders, 0), coalesce(a.refunded_orders, 0), coalesce(a.refunded_cents, 0),
               coalesce(cn.n, 0), coalesce(cn.cents, 0), coalesce(a.pending, 0), coalesce(a.processing, 0),
               coalesce(a.shipped, 0), coalesce(a.delivered, 0), coalesce(a.cancelled, 0), coalesce(a.refunded, 0)
          from a full join cn on cn.currency = a.currency
          left join u on u.currency = coalesce(a.currency, cn.currency);
        insert into store_product_sales_day (store_id, day, currency, product_id, units, gross_cents)
        select s, d, o.currency, l.product_id, sum(l.quantity), sum(l.line_total_cents)
          from customer_order o join order_line l on l.order_id = o.id
         where o.store_id = s and o.ordered_at >= day_start and o.ordered_at < day_end
           and o.status <> 'cancelled' and l.product_id is not null
         group by o.currency, l.product_id;
      end $$;`);

    // The statements only note the buckets they touched; the recount runs once per transaction at
    // commit (a deferred trigger), its bucket locks taken last and in a fixed order, so it never
    // waits while holding a lock another writer needs first (a customer's row, a counter).
    this.addSql(
      `create table "sales_rollup_pending" ("txid" bigint not null default txid_current(), "store_id" uuid not null, "day" date not null, primary key ("txid", "store_id", "day"));`,
    );
    this.addSql(`create function sales_rollup_recount_buckets(buckets jsonb) returns void language plpgsql as $$
      begin
        insert into sales_rollup_pending (store_id, day)
        select distinct (e->>'s')::uuid, (e->>'d')::date from jsonb_array_elements(buckets) e
        on conflict do nothing;
      end $$;`);
    this.addSql(`create function sales_rollup_flush() returns trigger language plpgsql as $$
      declare b record;
      begin
        for b in select store_id, day from sales_rollup_pending where txid = txid_current()
                  order by store_id, day loop
          perform sales_rollup_recount(b.store_id, b.day);
        end loop;
        delete from sales_rollup_pending where txid = txid_current();
        return null;
      end $$;`);
    // The buckets of orders, plus those of each customer's next order (whose "returning" may flip).
    const orderBuckets = (table: string) => `
      select jsonb_build_object('s', t.store_id, 'd', (t.ordered_at at time zone 'Europe/Luxembourg')::date) from ${table} t
      union all
      select jsonb_build_object('s', n.store_id, 'd', (n.ordered_at at time zone 'Europe/Luxembourg')::date)
        from ${table} t cross join lateral (
          select p.store_id, p.ordered_at from customer_order p
           where p.customer_id = t.customer_id and p.store_id = t.store_id and p.id <> t.id
             and (p.ordered_at, p.id) > (t.ordered_at, t.id)
           order by p.ordered_at, p.id limit 1) n`;
    this.addSql(`create function sales_rollup_orders() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${orderBuckets('added')}) b(x)), '[]'));
        elsif tg_op = 'DELETE' then
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${orderBuckets('removed')}) b(x)), '[]'));
        else
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${orderBuckets(
            `(select r.* from removed r join added a on a.id = r.id
               where (r.store_id, r.status, r.ordered_at, r.total_cents, r.tax_cents, r.currency, r.customer_id)
                 is distinct from (a.store_id, a.status, a.ordered_at, a.total_cents, a.tax_cents, a.currency, a.customer_id)
              union all
              select a.* from removed r join added a on a.id = r.id
               where (r.store_id, r.status, r.ordered_at, r.total_cents, r.tax_cents, r.currency, r.customer_id)
                 is distinct from (a.store_id, a.status, a.ordered_at, a.total_cents, a.tax_cents, a.currency, a.customer_id))`,
          )}) b(x)), '[]'));
        end if;
        return null;
      end $$;`);
    const lineBuckets = (table: string) => `
      select jsonb_build_object('s', o.store_id, 'd', (o.ordered_at at time zone 'Europe/Luxembourg')::date)
        from ${table} t join customer_order o on o.id = t.order_id`;
    this.addSql(`create function sales_rollup_lines() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${lineBuckets('added')}) b(x)), '[]'));
        elsif tg_op = 'DELETE' then
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${lineBuckets('removed')}) b(x)), '[]'));
        else
          perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(x) from (${lineBuckets(
            `(select r.* from removed r join added a on a.id = r.id
               where (r.order_id, r.product_id, r.quantity, r.line_total_cents)
                 is distinct from (a.order_id, a.product_id, a.quantity, a.line_total_cents)
              union all
              select a.* from removed r join added a on a.id = r.id
               where (r.order_id, r.product_id, r.quantity, r.line_total_cents)
                 is distinct from (a.order_id, a.product_id, a.quantity, a.line_total_cents))`,
          )}) b(x)), '[]'));
        end if;
        return null;
      end $$;`);
    // Issued documents never change (a trigger refuses it): only new credit notes move the rollup.
    this.addSql(`create function sales_rollup_credit_notes() returns trigger language plpgsql as $$
      begin
        perform sales_rollup_recount_buckets(coalesce((select jsonb_agg(jsonb_build_object('s', store_id, 'd', issue_date))
          from added where type = 'credit_note'), '[]'));
        return null;
      end $$;`);
    for (const [table, fn, short] of [
      ['customer_order', 'sales_rollup_orders', 'orders'],
      ['order_line', 'sales_rollup_lines', 'lines'],
    ] as const) {
      this.addSql(`create trigger sales_rollup_${short}_added after insert on "${table}"
        referencing new table as added for each statement execute function ${fn}();`);
      this.addSql(`create trigger sales_rollup_${short}_changed after update on "${table}"
        referencing old table as removed new table as added for each statement execute function ${fn}();`);
      this.addSql(`create trigger sales_rollup_${short}_removed after delete on "${table}"
        referencing old table as removed for each statement execute function ${fn}();`);
    }
    this.addSql(`create constraint trigger sales_rollup_flush after insert on "sales_rollup_pending"
      deferrable initially deferred for each row execute function sales_rollup_flush();`);
    this.addSql(`create trigger sales_rollup_credit_notes_added after insert on "invoice"
      referencing new table as added for each statement execute function sales_rollup_credit_notes();`);

    this.addSql(`select sales_rollup_recount(b.store_id, b.day) from (
        select distinct store_id, (ordered_at at time zone 'Europe/Luxembourg')::date as day from customer_order
        union select store_id, issue_date from invoice where type = 'credit_note') b;`);
  }

  override down(): void | Promise<void> {
    for (const short of ['orders', 'lines']) {
      const table = short === 'orders' ? 'customer_order' : 'order_line';
      for (const what of ['added', 'changed', 'removed']) {
        this.addSql(`drop trigger if exists sales_rollup_${short}_${what} on "${table}";`);
      }
    }
    this.addSql(`drop trigger if exists sales_rollup_credit_notes_added on "invoice";`);
    this.addSql(`drop trigger if exists sales_rollup_flush on "sales_rollup_pending";`);
    for (const fn of [
      'sales_rollup_orders()',
      'sales_rollup_lines()',
      'sales_rollup_credit_notes()',
      'sales_rollup_recount_buckets(jsonb)',
      'sales_rollup_flush()',
      'sales_rollup_recount(uuid, date)',
    ]) {
      this.addSql(`drop function if exists ${fn};`);
    }
    this.addSql(`drop index if exists "order_customer_ordered_at_index";`);
    this.addSql(`drop table if exists "store_product_sales_day" cascade;`);
    this.addSql(`drop table if exists "store_sales_day" cascade;`);
    this.addSql(`drop table if exists "sales_rollup_pending" cascade;`);
  }
}
