import { Migration } from '@mikro-orm/migrations';

const IMMUTABLE_COLUMNS = (row: 'new' | 'old') =>
  [
    'store_id',
    'type',
    'number',
    'merchant_id',
    'series',
    'sequence',
    'duplicate_number',
    'order_id',
    'credited_invoice_id',
    'issue_date',
    'supply_date',
    'due_date',
    'language',
    'currency',
    'vat_regime',
    'seller',
    'buyer',
    'lines',
    'vat_breakdown',
    'legal_mentions',
    'net_cents',
    'vat_cents',
    'gross_cents',
    'created_at',
  ]
    .map((c) => `${row}.${c}`)
    .join(', ');

/**
 * Invoice and credit-note numbers per seller: one gap-free series per merchant (the legal entity)
 * and prefix, shared by its stores, and a unique index on (merchant, number). Existing invoices get
 * their merchant and series (the prefix of their number); numbers two stores of one merchant had
 * both issued stay as issued — they were sent — and all but the first issued are flagged
 * `duplicate_number` (outside the unique indexes). Each series continues after its highest number.
 */
export class Migration20261202000000_invoice_series_per_merchant extends Migration {
  override name = 'Migration20261202000000_invoice_series_per_merchant';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "merchant_counter" ("merchant_id" uuid not null, "name" varchar(255) not null, "last_value" bigint not null default '0', primary key ("merchant_id", "name"));`,
    );
    this.addSql(
      `alter table "merchant_counter" add constraint "merchant_counter_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice" add "merchant_id" uuid null, add "series" varchar(255) null, add "duplicate_number" boolean not null default false;`,
    );
    // The immutability trigger does not know the new columns yet, so it lets these updates through.
    this.addSql(`update "invoice" i set "merchant_id" = s."merchant_id",
        "series" = regexp_replace(i."number", '-[0-9]{4}-[0-9]+$', '')
      from "store" s where s."id" = i."store_id";`);
    this.addSql(`update "invoice" i set "duplicate_number" = true
      where exists (
        select 1 from "invoice" j
         where j."merchant_id" = i."merchant_id"
           and (j."number" = i."number" or (j."series" = i."series" and j."sequence" = i."sequence"))
           and (j."created_at", j."id") < (i."created_at", i."id"));`);
    this.addSql(`alter table "invoice" alter column "merchant_id" set not null, alter column "series" set not null;`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on delete restrict;`,
    );
    this.addSql(`alter table "invoice" drop constraint "invoice_store_series_sequence_unique";`);
    this.addSql(
      `create unique index "invoice_merchant_series_sequence_unique" on "invoice" ("merchant_id", "series", "sequence") where not "duplicate_number";`,
    );
    this.addSql(
      `create unique index "invoice_merchant_number_unique" on "invoice" ("merchant_id", "number") where not "duplicate_number";`,
    );

    this.addSql(`insert into "merchant_counter" ("merchant_id", "name", "last_value")
      select "merchant_id", 'invoice-series:' || "series", max("sequence") from "invoice" group by "merchant_id", "series";`);
    this.addSql(`delete from "store_counter" where "name" in ('invoice', 'credit_note');`);

    this.addSql(`create or replace function invoice_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'invoice % is issued and cannot be deleted; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        if (${IMMUTABLE_COLUMNS('new')}) is distinct from (${IMMUTABLE_COLUMNS('old')}) then
          raise exception 'invoice % is issued and cannot be changed; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function invoice_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'invoice % is issued and cannot be deleted; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        if (new.store_id, new.type, new.number, new.sequence, new.order_id, new.credited_invoice_id, new.issue_date,
            new.supply_date, new.due_date, new.language, new.currency, new.vat_regime, new.seller, new.buyer, new.lines,
            new.vat_breakdown, new.legal_mentions, new.net_cents, new.vat_cents, new.gross_cents, new.created_at)
           is distinct from
           (old.store_id, old.type, old.number, old.sequence, old.order_id, old.credited_invoice_id, old.issue_date,
            old.supply_date, old.due_date, old.language, old.currency, old.vat_regime, old.seller, old.buyer, old.lines,
            old.vat_breakdown, old.legal_mentions, old.net_cents, old.vat_cents, old.gross_cents, old.created_at) then
          raise exception 'invoice % is issued and cannot be changed; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`insert into "store_counter" ("store_id", "name", "last_value")
      select "store_id", "type"::text, max("sequence") from "invoice" group by "store_id", "type"
      on conflict ("store_id", "name") do update set "last_value" = excluded."last_value";`);
    this.addSql(`drop index "invoice_merchant_series_sequence_unique";`);
    this.addSql(`drop index "invoice_merchant_number_unique";`);
    // Fails if stores now share numbers in a way the per-store constraint forbids; that is the point.
    this.addSql(
      `alter table "invoice" add constraint "invoice_store_series_sequence_unique" unique ("store_id", "type", "sequence");`,
    );
    this.addSql(`alter table "invoice" drop constraint "invoice_merchant_id_foreign";`);
    this.addSql(
      `alter table "invoice" drop column "merchant_id", drop column "series", drop column "duplicate_number";`,
    );
    this.addSql(`drop table if exists "merchant_counter" cascade;`);
  }
}
